import { EngineError, failure, success, type Outcome } from '../errors';
import { fromDayNumber, isoWeekday, toDayNumber } from './civil-date';
import data from './holidays-cn.json';

/**
 * What kind of day a date is in mainland China:
 * - `workday` — Monday to Friday, not a holiday;
 * - `weekend` — Saturday or Sunday, not made a working day;
 * - `holiday` — a day off in the State Council's schedule (放假), whatever the weekday;
 * - `makeupWorkday` — a Saturday or Sunday the schedule makes a working day (调休上班).
 */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeupWorkday';

export interface DayInfo {
  date: string;
  kind: DayKind;
  /** The holiday's name as the notice gives it (e.g. '国庆节'), for holidays and make-up days. */
  holiday?: string;
}

/** One year's notice, as cited. */
export interface HolidayNotice {
  year: number;
  title: string;
  docNumber: string;
  issued: string;
  url: string;
  textSeenIn: readonly string[];
  docNumberSeenIn: readonly string[];
}

export const HOLIDAY_NOTICES: readonly HolidayNotice[] = data.years.map(({ closed: _closed, ...notice }) => notice);

const YEARS = data.years.map((y) => y.year).sort((a, b) => a - b);
/** The covered years form one run, so "known" is one interval. */
YEARS.forEach((y, i) => {
  if (i > 0 && y !== YEARS[i - 1]! + 1) throw new EngineError(`holidays-cn.json: years must be consecutive, found ${YEARS.join(', ')}`);
});
export const HOLIDAY_COVERAGE = { from: `${YEARS[0]}-01-01`, through: `${YEARS[YEARS.length - 1]}-12-31` } as const;

const CLOSED = new Map<string, string>();
const MAKEUP = new Map<string, string>();
for (const y of data.years) {
  for (const h of y.closed) {
    const from = toDayNumber(h.from);
    const through = toDayNumber(h.through);
    if (from === undefined || through === undefined || through < from) throw new EngineError(`holidays-cn.json: bad range ${h.from}…${h.through}`);
    for (let n = from; n <= through; n++) CLOSED.set(fromDayNumber(n), h.name);
  }
}
for (const y of data.years) {
  for (const h of y.closed) {
    for (const w of h.workdays) {
      const n = toDayNumber(w);
      if (n === undefined || isoWeekday(n) < 6) throw new EngineError(`holidays-cn.json: make-up working day ${w} is not a Saturday or Sunday`);
      if (CLOSED.has(w)) throw new EngineError(`holidays-cn.json: ${w} is both a day off and a make-up working day`);
      MAKEUP.set(w, h.name);
    }
  }
}

/**
 * The kind of day `date` ('YYYY-MM-DD') is. Issues: `deadline.date.invalid` {date}; `deadline.holidaysUnknown`
 * {date, knownFrom, knownThrough} when the date's year has no notice in the data (the engine does not guess).
 * @example dayInfo('2026-10-10') // => ok, { date: '2026-10-10', kind: 'makeupWorkday', holiday: '国庆节' }
 */
export function dayInfo(date: string): Outcome<DayInfo> {
  const n = toDayNumber(date);
  if (n === undefined) return failure({ code: 'deadline.date.invalid', params: { date } });
  if (date < HOLIDAY_COVERAGE.from || date > HOLIDAY_COVERAGE.through) {
    return failure({ code: 'deadline.holidaysUnknown', params: { date, knownFrom: HOLIDAY_COVERAGE.from, knownThrough: HOLIDAY_COVERAGE.through } });
  }
  const closed = CLOSED.get(date);
  if (closed !== undefined) return success({ date, kind: 'holiday', holiday: closed });
  const makeup = MAKEUP.get(date);
  if (makeup !== undefined) return success({ date, kind: 'makeupWorkday', holiday: makeup });
  return success({ date, kind: isoWeekday(n) >= 6 ? 'weekend' : 'workday' });
}

/** Whether a day of this kind is a rest day (法定休假日) for Civil Procedure Law Art. 85; see deadline.ts. */
export const isRestDay = (kind: DayKind): boolean => kind === 'weekend' || kind === 'holiday';
