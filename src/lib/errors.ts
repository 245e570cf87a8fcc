/**
 * Expected user problems are data (`CalcIssue`), never exceptions, NaN, Infinity or sentences.
 * The UI turns `code` into text with t(`issue.${code}`, params). `params` values are plain strings
 * (decimal figures unformatted, e.g. '312.50'), so the UI can localize them.
 */
export interface CalcIssue {
  /** The input the problem belongs to, so the UI can put the message next to it. */
  field?: string;
  /** Stable dotted code, e.g. 'amount.ambiguous', 'payoff.budgetBelowMinimums'. */
  code: string;
  params?: Record<string, string>;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; issues: CalcIssue[] };

export const success = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const failure = <T = never>(...issues: CalcIssue[]): Outcome<T> => ({ ok: false, issues });

/** A failed outcome's issues, moved to one form field (a parser reports on its own input; the form knows which). */
export const issuesOn = (outcome: Outcome<unknown>, field: string): CalcIssue[] => (outcome.ok ? [] : outcome.issues.map((issue) => ({ ...issue, field })));

/** Programmer errors only (a bug, not bad user input). Fixed prefix, as decimal.js does. */
export class EngineError extends Error {
  override name = 'EngineError';
  constructor(message: string) {
    super(`[EngineError] ${message}`);
  }
}
