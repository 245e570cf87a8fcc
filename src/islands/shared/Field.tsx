import type { JSX } from 'preact';

interface Props {
  id: string;
  /** The form field name, also the URL query parameter name; absent for inputs that travel inside another parameter (debt rows). */
  name?: string;
  label: string;
  /** Words read before the label by screen readers only, e.g. the row: "第 2 笔债务" + "余额". */
  labelContext?: string;
  /** An extra class on the field's wrapper (layout of rows). */
  className?: string;
  hint?: string | undefined;
  /** A localized message; present only when the error should be shown. */
  error?: string | undefined;
  value: string;
  onInput: (value: string) => void;
  onBlur?: () => void;
  inputMode?: JSX.HTMLAttributes<HTMLInputElement>['inputMode'];
  type?: 'text' | 'date';
  /** Screen-reader text placed before the error message ("错误：" / "Error:"). */
  errorPrefix: string;
  width?: 'short' | 'medium' | 'long';
}

/** GOV.UK order: label → hint → error → input, with aria-describedby joining hint and error. */
export function Field({ id, name, label, labelContext, className, hint, error, value, onInput, onBlur, inputMode, type = 'text', errorPrefix, width = 'medium' }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`mz-field${className ? ` ${className}` : ''}${error ? ' mz-field--error' : ''}`}>
      <label class="mz-field__label" for={id}>
        {labelContext && <span class="mz-visually-hidden">{labelContext} </span>}
        {label}
      </label>
      {hint && (
        <p id={hintId} class="mz-field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} class="mz-field__error">
          <span class="mz-visually-hidden">{errorPrefix}</span>
          {error}
        </p>
      )}
      <input
        id={id}
        name={name}
        type={type}
        class={`mz-input mz-input--${width}`}
        value={value}
        inputMode={inputMode}
        autoComplete="off"
        spellcheck={false}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
        onBlur={onBlur}
      />
    </div>
  );
}

interface ChoiceProps<V extends string> {
  name: string;
  legend: string;
  hint?: string;
  value: V;
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange: (value: V) => void;
  inline?: boolean;
}

/** Radios in a fieldset: the legend names the group for screen readers. */
export function Choice<V extends string>({ name, legend, hint, value, options, onChange, inline = false }: ChoiceProps<V>) {
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <fieldset class="mz-fieldset" aria-describedby={hintId}>
      <legend class="mz-field__label">{legend}</legend>
      {hint && (
        <p id={hintId} class="mz-field__hint">
          {hint}
        </p>
      )}
      <div class={`mz-radios${inline ? ' mz-radios--inline' : ''}`}>
        {options.map((option) => (
          <div class="mz-radio" key={option.value}>
            <input
              type="radio"
              id={`${name}-${option.value}`}
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <label for={`${name}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
