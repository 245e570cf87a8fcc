import type { CalcIssue } from '../../lib/errors';
import type { Locale } from '../../i18n/locales';
import { formatParam } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import type { SummaryItem } from './ErrorSummary';

/**
 * The reader's words for an engine issue. Looks up `issue.<field>.<code>` first (a message written for
 * that field), then `issue.<code>` with the field's label as {label}. Numeric params are formatted (not a date's).
 */
export function issueMessage(t: Translate, locale: Locale, issue: CalcIssue, label: string): string {
  const params: Record<string, string> = { label };
  // Years and days of a date are not quantities: 1900, not 1,900.
  const plain = issue.code.startsWith('date.');
  for (const [name, value] of Object.entries(issue.params ?? {})) params[name] = plain ? value : formatParam(value, locale);
  const specific = `issue.${issue.field}.${issue.code}`;
  const text = t(specific, params);
  if (text !== specific) return text;
  const general = `issue.${issue.code}`;
  const fallback = t(general, params);
  // An issue without words is a gap in the dictionaries (tests list every code); never show a raw code.
  return fallback !== general ? fallback : t('issue.unknown', params);
}

export interface FieldIssues {
  /** Message per form field id (the first issue of each field). */
  byField: Record<string, string>;
  /** Every message, in form order, for the error summary. */
  summary: SummaryItem[];
}

/**
 * Groups issues by form field. `fieldOrder` maps engine field names to form input ids, in the order
 * the inputs appear; issues for unknown fields attach to `fallbackField`.
 */
export function collectIssues(
  t: Translate,
  locale: Locale,
  issues: readonly CalcIssue[],
  fields: ReadonlyArray<{ engineField: string; inputId: string; label: string }>,
  fallbackField: string,
): FieldIssues {
  const byField: Record<string, string> = {};
  for (const issue of issues) {
    const field = fields.find((f) => f.engineField === issue.field) ?? fields.find((f) => f.inputId === fallbackField);
    if (!field || byField[field.inputId]) continue;
    byField[field.inputId] = issueMessage(t, locale, issue, field.label);
  }
  const summary = fields.filter((f) => byField[f.inputId]).map((f) => ({ fieldId: f.inputId, message: byField[f.inputId] as string }));
  return { byField, summary };
}
