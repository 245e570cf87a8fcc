import { failure, success, type CalcIssue, type Outcome } from '../errors';
import { MAX_INPUT_LENGTH, normalizeInput } from './normalize';

const FORMS: RegExp[] = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];
// Day and month first or month and day first? '03/01/2025' is 3 January in Europe, 1 March in the US.
const DAY_MONTH_YEAR = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/;

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/** Gregorian days in a month, integer arithmetic. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Parses a calendar date to ISO 'YYYY-MM-DD': '2025-03-01', '2025-3-1', '2025/3/1', '2025.3.1',
 * '2025年3月1日' (or 号), '20250301', full-width digits. No clock, no time zone.
 * Issues: date.required · date.invalid · date.ambiguous ('03/01/2025') ·
 * date.notACalendarDate {year, month, day} ('2025-02-29') · date.outOfRange {min, max} (years 1900–2199).
 * @example parseDate('2025年3月1日') // => { ok: true, value: '2025-03-01' }
 */
export function parseDate(text: string, opts: { field?: string } = {}): Outcome<string> {
  const issue = (code: string, params?: Record<string, string>): Outcome<string> => {
    const i: CalcIssue = { code };
    if (opts.field !== undefined) i.field = opts.field;
    if (params !== undefined) i.params = params;
    return failure(i);
  };
  if (text.length > 4 * MAX_INPUT_LENGTH) return issue('date.invalid');
  const s = normalizeInput(text);
  if (s === '') return issue('date.required');
  if (DAY_MONTH_YEAR.test(s)) return issue('date.ambiguous');
  const m = FORMS.map((form) => form.exec(s)).find((match) => match !== null);
  if (m === undefined || m === null) return issue('date.invalid');
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < MIN_YEAR || year > MAX_YEAR) return issue('date.outOfRange', { min: String(MIN_YEAR), max: String(MAX_YEAR) });
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return issue('date.notACalendarDate', { year: String(year), month: String(month), day: String(day) });
  }
  return success(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

/**
 * A month as people write it — 2025-03, 2025-3, 2025/3, 2025.3, 2025年3月, full-width digits — in the
 * form 'YYYY-MM'; undefined for any other shape (whether the month exists is for the caller to check).
 * @example monthText('２０２５年３月') // => '2025-03'
 */
export function monthText(text: string): string | undefined {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(normalizeInput(text));
  return m ? `${m[1]}-${(m[2] ?? '').padStart(2, '0')}` : undefined;
}

/**
 * A year and month, as monthText reads it, checked: a real month (01–12) in the years dates accept
 * (MIN_YEAR–MAX_YEAR: a start month in 9999 is a typo, and month arithmetic past it means nothing).
 * Issues: date.required · date.invalid (not a year and month, or month 13) · date.outOfRange {min, max}.
 * @example parseMonth('2026年3月') // => { ok: true, value: '2026-03' }
 */
export function parseMonth(text: string, opts: { field?: string } = {}): Outcome<string> {
  const issue = (code: string, params?: Record<string, string>): Outcome<string> =>
    failure({ code, ...(opts.field !== undefined ? { field: opts.field } : {}), ...(params !== undefined ? { params } : {}) });
  if (text.length > 4 * MAX_INPUT_LENGTH) return issue('date.invalid');
  if (normalizeInput(text) === '') return issue('date.required');
  const month = monthText(text);
  if (month === undefined) return issue('date.invalid');
  const m = Number(month.slice(5));
  if (m < 1 || m > 12) return issue('date.invalid');
  const year = Number(month.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) return issue('date.outOfRange', { min: String(MIN_YEAR), max: String(MAX_YEAR) });
  return success(month);
}
