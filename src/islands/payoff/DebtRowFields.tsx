import type { JSX } from 'preact';
import type { DebtRow } from './payoff-form';

export type DebtCell = keyof DebtRow;

interface CellProps {
  id: string;
  /** Short visible label ("余额"); `context` ("第 2 笔债务") is prepended for screen readers only. */
  label: string;
  context: string;
  hint?: string | undefined;
  error?: string | undefined;
  errorPrefix: string;
  value: string;
  width: 'short' | 'medium';
  inputMode?: JSX.HTMLAttributes<HTMLInputElement>['inputMode'];
  onInput: (value: string) => void;
  onBlur: () => void;
}

/**
 * One input of a debt row, in the GOV.UK order of `Field` (label → hint → error → input). The row's
 * number is part of the label's accessible name, so "余额" in row 2 is announced as "第 2 笔债务 余额".
 * No `name`: the rows travel in the hidden `debts` input, the one URL parameter for the whole list.
 */
export function DebtCellField({ id, label, context, hint, error, errorPrefix, value, width, inputMode, onInput, onBlur }: CellProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`mz-field mz-debt__cell${error ? ' mz-field--error' : ''}`}>
      <label class="mz-field__label" for={id}>
        <span class="mz-visually-hidden">{context} </span>
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
        type="text"
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
