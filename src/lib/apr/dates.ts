/**
 * Calendar arithmetic on ISO dates as pure integers: no Date object, no time zone, no clock.
 * A date is {year, month (1–12), day}; `dayNumber` counts days since 1970-01-01 (proleptic Gregorian).
 */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export const daysInMonth = (y: number, m: number): number =>
  m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

/** Parses 'YYYY-MM-DD' strictly (a real calendar day, years 1900–2200); undefined otherwise. */
export function parseIsoDate(text: string): CivilDate | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil), exact for any Gregorian date. */
export function dayNumber(d: CivilDate): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (d.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * `d` moved back by `months` calendar months. The day is clamped to the target month's length, and
 * a month-end date stays at month-end (Appendix J (b)(3)(iv): payments on the last day of each month
 * are measured last day to last day; on the 29th or 30th, the last day of February is used).
 */
export function monthsBack(d: CivilDate, months: number): CivilDate {
  const index = d.year * 12 + (d.month - 1) - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const last = daysInMonth(year, month);
  const atMonthEnd = d.day === daysInMonth(d.year, d.month);
  return { year, month, day: atMonthEnd ? last : Math.min(d.day, last) };
}

/**
 * Whole calendar months from `start` to `end` counted back from `end` (Appendix J (b)(5)(ii)),
 * and the days left over between `start` and the first of those whole months.
 * @example wholeMonthsBetween(parse('1978-02-10'), parse('1978-04-20')) // => { months: 2, days: 10 }
 */
export function wholeMonthsBetween(start: CivilDate, end: CivilDate): { months: number; days: number } {
  const startDay = dayNumber(start);
  let months = (end.year - start.year) * 12 + (end.month - start.month);
  if (months < 0) months = 0;
  // The estimate can overshoot by one (end day earlier in the month than start day).
  while (months > 0 && dayNumber(monthsBack(end, months)) < startDay) months -= 1;
  return { months, days: dayNumber(monthsBack(end, months)) - startDay };
}
