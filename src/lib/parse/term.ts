import { failure, success, type CalcIssue, type Outcome } from '../errors';
import { Dec } from '../money/decimal';
import { chineseToDecimal } from './chinese-numerals';
import { MAX_INPUT_LENGTH, normalizeInput } from './normalize';

export const MIN_TERM_MONTHS = 1;
export const MAX_TERM_MONTHS = 600;

const NUMBER = '(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十点]+)';
const YEARS = '(?:年|years?|yrs?|y)';
const MONTHS = '(?:个月|月|期|months?|mos?|m)';
const TERM = new RegExp(`^(?:${NUMBER}\\s*${YEARS})?\\s*(?:${NUMBER}\\s*${MONTHS})?$`);
// Written with a half: '半年' (6), '一年半' (18).
const HALF_YEAR = /^(?:(.+?)年)?半年?$/;

/**
 * Parses a loan term to whole months: '12', '12期' (monthly periods), '24个月', '1年', '1.5年', '一年半',
 * '半年', '1年6个月', '2 years', '18 months', full-width '１２期'. A bare number is months.
 * Issues: term.required · term.invalid · term.notWholeMonths · term.outOfRange {min, max} (1–600).
 * @example parseTermMonths('1年6个月') // => { ok: true, value: 18 }
 */
export function parseTermMonths(text: string, opts: { field?: string } = {}): Outcome<number> {
  const issue = (code: string, params?: Record<string, string>): Outcome<number> => {
    const i: CalcIssue = { code };
    if (opts.field !== undefined) i.field = opts.field;
    if (params !== undefined) i.params = params;
    return failure(i);
  };
  if (text.length > 4 * MAX_INPUT_LENGTH) return issue('term.invalid');
  const s = normalizeInput(text).toLowerCase();
  if (s === '') return issue('term.required');
  if (s.length > MAX_INPUT_LENGTH) return issue('term.invalid');

  let months: Dec;
  const half = HALF_YEAR.exec(s);
  if (s.startsWith('-')) return issue('term.outOfRange', { min: String(MIN_TERM_MONTHS), max: String(MAX_TERM_MONTHS) });
  if (/^\d+(?:\.\d+)?$/.test(s)) {
    months = new Dec(s);
  } else if (half !== null) {
    const years = half[1] === undefined ? '0' : chineseToDecimal(half[1]);
    if (years === undefined) return issue('term.invalid');
    months = new Dec(years).times(12).plus(6);
  } else {
    const m = TERM.exec(s);
    if (m === null || (m[1] === undefined && m[2] === undefined)) return issue('term.invalid');
    const years = m[1] === undefined ? '0' : chineseToDecimal(m[1]);
    const rest = m[2] === undefined ? '0' : chineseToDecimal(m[2]);
    if (years === undefined || rest === undefined) return issue('term.invalid');
    months = new Dec(years).times(12).plus(rest);
  }
  if (!months.isInteger()) return issue('term.notWholeMonths');
  if (months.lt(MIN_TERM_MONTHS) || months.gt(MAX_TERM_MONTHS)) {
    return issue('term.outOfRange', { min: String(MIN_TERM_MONTHS), max: String(MAX_TERM_MONTHS) });
  }
  return success(months.toNumber());
}
