import { Dec, ZERO } from '../money/decimal';
import { buildCashFlowModel, type CashFlowModel, type TimedFlow } from './cash-flow-model';
import { dayNumber, monthsBack, wholeMonthsBetween, type CivilDate } from './dates';
import type { UnitPeriod } from './types';

/** A flow whose date is already parsed. */
export interface CivilFlow {
  date: CivilDate;
  day: number;
  amount: Dec;
}

const MONTHS_PER_UNIT: Partial<Record<UnitPeriod, number>> = { month: 1, '2-months': 2, quarter: 3 };
const WEEKS_PER_UNIT: Partial<Record<UnitPeriod, number>> = { week: 1, '2-weeks': 2, '4-weeks': 4 };

/** Unit-periods per year (Appendix J (b)(5)): 12 / months per unit, 24 for semimonths, 52 / weeks per unit. */
const PERIODS_PER_YEAR: Record<Exclude<UnitPeriod, 'term'>, number> = {
  month: 12,
  '2-months': 6,
  quarter: 4,
  semimonth: 24,
  week: 52,
  '2-weeks': 26,
  '4-weeks': 13,
};

/** Average length in days of each standard interval, to round an average period to the nearest one ((b)(4)(iii)). */
const STANDARD_DAYS: readonly [Exclude<UnitPeriod, 'term'>, number][] = [
  ['week', 7],
  ['2-weeks', 14],
  ['semimonth', 365 / 24],
  ['4-weeks', 28],
  ['month', 365 / 12],
  ['2-months', 365 / 6],
  ['quarter', 365 / 4],
];

/** Which standard interval a period between two dates is exactly, if any. */
function classifyPeriod(from: CivilDate, to: CivilDate): Exclude<UnitPeriod, 'term'> | undefined {
  const { months, days } = wholeMonthsBetween(from, to);
  if (days === 0 && months >= 1 && months <= 3) return months === 1 ? 'month' : months === 2 ? '2-months' : 'quarter';
  const span = dayNumber(to) - dayNumber(from);
  if (span === 7) return 'week';
  if (span === 14) return '2-weeks';
  if (span === 28) return '4-weeks';
  // Other half-month gaps (1st → 16th is 15 days); pairs that split a month are caught by halfOfAMonth.
  if (span >= 13 && span <= 16) return 'semimonth';
  return undefined;
}

/**
 * The unit-period of Appendix J (b)(4): a single advance repaid by a single payment → `term`;
 * otherwise the common period (occurring more than once) that occurs most often, the smaller one on
 * a tie; with no common period, the average period rounded to the nearest standard interval (the
 * lower one on a tie). Periods are the intervals between consecutive distinct flow dates.
 * Limitation: only the unit-periods of {@link UnitPeriod} are considered (no semi-annual or yearly unit).
 */
export function inferUnitPeriod(flows: readonly CivilFlow[]): UnitPeriod {
  const dates = distinctDates(flows);
  if (dates.length === 2 && netOn(flows, dates[0]!.day).gt(0) && netOn(flows, dates[1]!.day).lt(0)) return 'term';
  const counts = new Map<Exclude<UnitPeriod, 'term'>, number>();
  for (let k = 1; k < dates.length; k++) {
    const kind = halfOfAMonth(dates, k) ? 'semimonth' : classifyPeriod(dates[k - 1]!.date, dates[k]!.date);
    if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  let best: Exclude<UnitPeriod, 'term'> | undefined;
  let bestCount = 1;
  // STANDARD_DAYS is in ascending length, so a strict ">" keeps the smaller on a tie.
  for (const [kind] of STANDARD_DAYS) {
    const n = counts.get(kind) ?? 0;
    if (n > bestCount) {
      best = kind;
      bestCount = n;
    }
  }
  if (best) return best;
  const first = dates[0]!.day;
  const last = dates[dates.length - 1]!.day;
  const average = (last - first) / Math.max(1, dates.length - 1);
  let nearest: Exclude<UnitPeriod, 'term'> = 'week';
  let distance = Infinity;
  for (const [kind, length] of STANDARD_DAYS) {
    const d = Math.abs(length - average);
    if (d < distance) {
      nearest = kind;
      distance = d;
    }
  }
  return nearest;
}

/**
 * Period k (dates[k−1] → dates[k]) is a semimonth when it and a neighbouring period split exactly one
 * calendar month in two parts of 13–17 days (1st/16th, 1st/15th, 15th/month-end …); a lone 14-day gap
 * is two weeks.
 */
function halfOfAMonth(dates: readonly CivilFlow[], k: number): boolean {
  const span = (a: number, b: number) => dates[b]!.day - dates[a]!.day;
  const isHalf = (a: number) => span(a, a + 1) >= 13 && span(a, a + 1) <= 17;
  const splitsMonth = (a: number) => {
    if (a < 0 || a + 2 >= dates.length || !isHalf(a) || !isHalf(a + 1)) return false;
    const whole = wholeMonthsBetween(dates[a]!.date, dates[a + 2]!.date);
    return whole.months === 1 && whole.days === 0;
  };
  return splitsMonth(k - 1) || splitsMonth(k - 2);
}

function distinctDates(flows: readonly CivilFlow[]): CivilFlow[] {
  const out: CivilFlow[] = [];
  for (const f of flows) if (out.length === 0 || out[out.length - 1]!.day !== f.day) out.push(f);
  return out;
}

function netOn(flows: readonly CivilFlow[], day: number): Dec {
  return flows.reduce((sum, f) => (f.day === day ? sum.plus(f.amount) : sum), ZERO);
}

/** Whole unit-periods `t` and odd fraction `f` from the start of the term to `date` (Appendix J (b)(5)). */
export function unitPeriodsBetween(start: CivilDate, date: CivilDate, unit: UnitPeriod): { t: number; fraction: Dec } {
  const days = dayNumber(date) - dayNumber(start);
  if (days === 0) return { t: 0, fraction: ZERO };
  const weeks = WEEKS_PER_UNIT[unit];
  if (weeks !== undefined) {
    // (b)(5)(iv): days divided by the days per unit-period.
    const len = 7 * weeks;
    return { t: Math.floor(days / len), fraction: new Dec(days % len).div(len) };
  }
  const { months, days: rest } = wholeMonthsBetween(start, date);
  if (unit === 'month') return { t: months, fraction: new Dec(rest).div(30) }; // (b)(5)(ii)
  if (unit === 'term') return termPeriods(start, date, months);
  // (b)(5)(iii): 30 × whole months back + remaining days, divided by 15 or by 30 × months per unit.
  const len = unit === 'semimonth' ? 15 : 30 * MONTHS_PER_UNIT[unit]!;
  const total = 30 * months + rest;
  return { t: Math.floor(total / len), fraction: new Dec(total % len).div(len) };
}

/**
 * A single-payment term under a year is one unit-period ((b)(5)(vi)–(vii)); a longer term is counted
 * in years ((b)(5)(v)), our reading of (b)(4) capping unit-periods at one year. UNCONFIRMED: the
 * stored sources did not show (b)(4)'s exact words on single-payment terms over a year.
 */
function termPeriods(start: CivilDate, date: CivilDate, months: number): { t: number; fraction: Dec } {
  const days = dayNumber(date) - dayNumber(start);
  if (months < 12 && days < 365) return { t: 1, fraction: ZERO };
  const years = Math.floor(months / 12);
  // The rest of the interval, from the start to the first whole year measured back from the date:
  // remaining months / 12 when it is a whole number of months, else remaining days / 365.
  const yearStart = monthsBack(date, 12 * years);
  const rest = wholeMonthsBetween(start, yearStart);
  if (rest.days === 0) return { t: years, fraction: new Dec(rest.months).div(12) };
  return { t: years, fraction: new Dec(dayNumber(yearStart) - dayNumber(start)).div(365) };
}

/**
 * Unit-periods per year for `unit`. For `term`: 12 / months when the term is a whole number of
 * months, else 365 / days ((b)(5)(vi)–(vii)); 1 when the term is a year or longer (counted in years).
 */
export function periodsPerYear(unit: UnitPeriod, start: CivilDate, end: CivilDate): Dec {
  if (unit !== 'term') return new Dec(PERIODS_PER_YEAR[unit]);
  const days = dayNumber(end) - dayNumber(start);
  const { months, days: rest } = wholeMonthsBetween(start, end);
  if (months >= 12 || days >= 365) return new Dec(1);
  return rest === 0 && months > 0 ? new Dec(12).div(months) : new Dec(365).div(days);
}

/** The Appendix J general-equation model of dated flows (sorted by date) for `unit`. */
export function regZModel(flows: readonly CivilFlow[], unit: UnitPeriod): CashFlowModel {
  const start = flows[0]!.date;
  const timed: TimedFlow[] = flows.map((f) => ({ amount: f.amount, ...unitPeriodsBetween(start, f.date, unit) }));
  return buildCashFlowModel(timed);
}
