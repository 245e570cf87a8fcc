import { failure, success, type CalcIssue, type Outcome } from '../errors';
import { Dec } from '../money/decimal';
import { chineseToDecimal } from './chinese-numerals';
import { MAX_INPUT_LENGTH, normalizeInput } from './normalize';

export const MIN_TERM_MONTHS = 1;
export const MAX_TERM_MONTHS = 600;

const NUMBER = '(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百点壹贰叁肆伍陆柒捌玖拾佰貳參陸]+)';
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

/** How long one period of the term is: the APR form's `termUnit`. */
export type TermUnit = 'month' | 'week' | 'day';
export const TERM_UNITS: readonly TermUnit[] = ['month', 'week', 'day'];

/** Longest term per unit: 50 years in months, weeks and days alike. */
export const MAX_TERM: Readonly<Record<TermUnit, number>> = { month: 600, week: 2609, day: 18262 };

/** A term as a count of periods and the length of one period. */
export interface ParsedTerm {
  count: number;
  unit: TermUnit;
  /** False when the text named no length ('12', '12期'): `unit` is then the caller's (default month). */
  unitStated: boolean;
}

const WEEKS = /^(\d+|[零〇一二两三四五六七八九十百壹贰叁肆伍陆柒捌玖拾佰貳參陸]+)\s*(?:周|个星期|星期|个礼拜|礼拜|weeks?|wks?|w)$/;
const DAYS = /^(\d+|[零〇一二两三四五六七八九十百壹贰叁肆伍陆柒捌玖拾佰貳參陸]+)\s*(?:天|日|days?|d)$/;
const PERIODS = /^(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百点壹贰叁肆伍陆柒捌玖拾佰貳參陸]+)\s*(?:期)?$/;
const FOLD: Readonly<Record<string, string>> = { 週: '周', 禮: '礼', 個: '个' };

/**
 * Parses a loan term to a count of periods and the period's length: '12', '12期' (unit not stated: the
 * caller's `opts.unit`, else month), '12个月', '1年' (12 months), '一年半', '4周', '两个星期', '30天',
 * '14日', '7 days', '2 weeks', Traditional '12個月', '4週'. Months follow parseTermMonths.
 * Issues: term.required · term.invalid · term.notWholeMonths · term.notWholeCount (2.5周, 1.5天) ·
 * term.outOfRange {min, max} (months) · term.weeksOutOfRange {min, max} · term.daysOutOfRange {min, max} ·
 * term.unitMismatch {expected, found} (the text names another unit than `opts.unit`).
 * @example parseTerm('30天') // => { ok: true, value: { count: 30, unit: 'day', unitStated: true } }
 */
export function parseTerm(text: string, opts: { unit?: TermUnit; field?: string } = {}): Outcome<ParsedTerm> {
  const issue = (code: string, params?: Record<string, string>): Outcome<ParsedTerm> => {
    const i: CalcIssue = { code };
    if (opts.field !== undefined) i.field = opts.field;
    if (params !== undefined) i.params = params;
    return failure(i);
  };
  if (text.length > 4 * MAX_INPUT_LENGTH) return issue('term.invalid');
  const s = normalizeInput(text).toLowerCase().replace(/[週禮個]/g, (ch) => FOLD[ch] as string);
  if (s === '') return issue('term.required');
  const stated = (unit: TermUnit, count: string | undefined): Outcome<ParsedTerm> => {
    if (opts.unit !== undefined && opts.unit !== unit) return issue('term.unitMismatch', { expected: opts.unit, found: unit });
    const n = count === undefined ? undefined : chineseToDecimal(count);
    if (n === undefined) return issue('term.invalid');
    const value = new Dec(n);
    if (!value.isInteger()) return issue('term.notWholeCount');
    if (value.lt(1) || value.gt(MAX_TERM[unit])) {
      return issue(unit === 'week' ? 'term.weeksOutOfRange' : 'term.daysOutOfRange', { min: '1', max: String(MAX_TERM[unit]) });
    }
    return success({ count: value.toNumber(), unit, unitStated: true });
  };
  const weeks = WEEKS.exec(s);
  if (weeks !== null) return stated('week', weeks[1]);
  const days = DAYS.exec(s);
  if (days !== null) return stated('day', days[1]);
  if (/^\d+(?:\.\d+)?\s*(?:周|天|日)$/.test(s)) return issue('term.notWholeCount');

  const periods = PERIODS.test(s);
  const unit = opts.unit ?? 'month';
  if (periods && unit !== 'month') {
    // 12期 of a weekly or daily loan: a count of the caller's periods.
    const n = chineseToDecimal(s.replace(/\s*期$/, ''));
    if (n === undefined) return issue('term.invalid');
    const value = new Dec(n);
    if (!value.isInteger()) return issue('term.notWholeCount');
    if (value.lt(1) || value.gt(MAX_TERM[unit])) {
      return issue(unit === 'week' ? 'term.weeksOutOfRange' : 'term.daysOutOfRange', { min: '1', max: String(MAX_TERM[unit]) });
    }
    return success({ count: value.toNumber(), unit, unitStated: false });
  }
  if (!periods && opts.unit !== undefined && opts.unit !== 'month') return issue('term.unitMismatch', { expected: opts.unit, found: 'month' });
  const months = parseTermMonths(text, opts.field === undefined ? {} : { field: opts.field });
  if (!months.ok) return months;
  return success({ count: months.value, unit: 'month', unitStated: !periods });
}
