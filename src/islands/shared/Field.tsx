import type { ComponentChildren } from 'preact';
import type { JSX } from 'preact';

interface Props {
  id: string;
  /** The form field name, also the link parameter name; absent for inputs that travel inside another parameter (debt rows). */
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
  /** Called with the text the field holds when it loses focus. */
  onBlur?: (text: string) => void;
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
  const describedBy = joinIds(hintId, errorId);
  return (
    <div class={`mz-field${className ? ` ${className}` : ''}${error ? ' mz-field--error' : ''}`}>
      <FieldHead id={id} label={label} labelContext={labelContext} hint={hint} error={error} errorPrefix={errorPrefix} />
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
        onBlur={onBlur ? (e) => onBlur((e.currentTarget as HTMLInputElement).value) : undefined}
      />
    </div>
  );
}

/** aria-describedby from the ids present (hint, error), or nothing. */
const joinIds = (...ids: Array<string | undefined>): string | undefined => ids.filter(Boolean).join(' ') || undefined;

/** Label, hint and error of a GOV.UK field, in that order (the control follows). */
function FieldHead({ id, label, labelContext, hint, error, errorPrefix }: { id: string; label: string; labelContext?: string | undefined; hint?: string | undefined; error?: string | undefined; errorPrefix: string }) {
  return (
    <>
      <label class="mz-field__label" for={id}>
        {labelContext && <span class="mz-visually-hidden">{labelContext} </span>}
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} class="mz-field__hint">
          {hint}
        </p>
      )}
      {error && <ErrorLine id={id} error={error} errorPrefix={errorPrefix} />}
    </>
  );
}

/**
 * A GOV.UK field around any control the other components do not draw (a textarea, a file or date-time
 * input, a datalist): label → hint → error, then `children` gets the id and the aria attributes to put on it.
 */
export function FieldShell({ id, label, hint, error, errorPrefix, children }: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  errorPrefix: string;
  children: (attrs: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: 'true' }) => ComponentChildren;
}) {
  const describedBy = joinIds(hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined);
  return (
    <div class={`mz-field${error ? ' mz-field--error' : ''}`}>
      <FieldHead id={id} label={label} hint={hint} error={error} errorPrefix={errorPrefix} />
      {children({ id, ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(error ? { 'aria-invalid': 'true' as const } : {}) })}
    </div>
  );
}

/** The error line of GOV.UK fields: `<p id="{id}-error">` with a screen-reader prefix. */
function ErrorLine({ id, error, errorPrefix }: { id: string; error: string; errorPrefix: string }) {
  return (
    <p id={`${id}-error`} class="mz-field__error">
      <span class="mz-visually-hidden">{errorPrefix}</span>
      {error}
    </p>
  );
}

interface ChoiceProps<V extends string> {
  name: string;
  legend: string;
  hint?: string;
  value: V;
  /** `lang` marks a label written in another language than the page (a language's own name). */
  options: ReadonlyArray<{ value: V; label: string; lang?: string }>;
  onChange: (value: V) => void;
  inline?: boolean;
  /** A localized message; present only when the error should be shown. */
  error?: string | undefined;
  errorPrefix?: string;
}

/**
 * Radios in a fieldset: the legend names the group for screen readers. As GOV.UK does, the first radio's
 * id is the group's name, so an error summary links to `#name` and lands on a focusable input; the others
 * are `name-value`. The error sits inside the fieldset, after the hint.
 */
export function Choice<V extends string>({ name, legend, hint, value, options, onChange, inline = false, error, errorPrefix = '' }: ChoiceProps<V>) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const describedBy = joinIds(hintId, errorId);
  return (
    <fieldset class={`mz-fieldset${error ? ' mz-field--error' : ''}`} aria-describedby={describedBy}>
      <legend class="mz-field__label">{legend}</legend>
      {hint && (
        <p id={hintId} class="mz-field__hint">
          {hint}
        </p>
      )}
      {error && <ErrorLine id={name} error={error} errorPrefix={errorPrefix} />}
      <div class={`mz-radios${inline ? ' mz-radios--inline' : ''}`}>
        {options.map((option, i) => {
          const id = i === 0 ? name : `${name}-${option.value}`;
          return (
            <div class="mz-radio" key={option.value}>
              <input type="radio" id={id} name={name} value={option.value} checked={option.value === value} onChange={() => onChange(option.value)} />
              <label for={id} lang={option.lang}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

interface SelectProps<V extends string> {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  errorPrefix: string;
  value: V;
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange: (value: V) => void;
}

/** A labelled <select>, GOV.UK order (label → hint → error → control). */
export function SelectField<V extends string>({ id, label, hint, error, errorPrefix, value, options, onChange }: SelectProps<V>) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = joinIds(hintId, errorId);
  return (
    <div class={`mz-field${error ? ' mz-field--error' : ''}`}>
      <FieldHead id={id} label={label} hint={hint} error={error} errorPrefix={errorPrefix} />
      <select id={id} name={id} class="mz-select" value={value} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as V)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
