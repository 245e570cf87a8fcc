/**
 * The log's local times: 'YYYY-MM-DDTHH:MM' as the borrower entered them. No time zone and no Date object:
 * a call at 23:30 is night where the borrower lives, whatever the device's zone says.
 */
export interface LocalTime {
  /** Calendar day, 'YYYY-MM-DD'. */
  date: string;
  /** Minutes after midnight, 0–1439. */
  minuteOfDay: number;
}

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (y: number, m: number): number => (m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);

/**
 * Parses a local time; undefined when the text is not exactly 'YYYY-MM-DDTHH:MM' or names no real moment
 * (2026-02-29, 24:00, 12:60).
 * @example parseLocalTime('2026-03-02T22:00') // => { date: '2026-03-02', minuteOfDay: 1320 }
 */
export function parseLocalTime(text: string): LocalTime | undefined {
  const m = LOCAL_TIME.exec(text);
  if (m === null) return undefined;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59) return undefined;
  return { date: text.slice(0, 10), minuteOfDay: hour * 60 + minute };
}
