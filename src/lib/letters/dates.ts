import type { CalcIssue, Outcome } from '../errors';

/**
 * Calendar dates for the letters: 'YYYY-MM-DD' strings (no time zone, no Date arithmetic across
 * zones). The reader may type 2022-3-5, 2022/3/5, 2022.3.5, 2022年3月5日 or full-width digits.
 */

const FULL_WIDTH = /[０-９]/g;
const toHalfWidth = (s: string) => s.replace(FULL_WIDTH, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');
export const isoDate = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/** Text → 'YYYY-MM-DD', or the issue: letters.dateInvalid · letters.dateFuture (after `today`). */
export function readDate(text: string, field: string, today: string): Outcome<string> {
  const s = toHalfWidth(text.trim());
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  const fail = (code: string): Outcome<string> => ({ ok: false, issues: [{ field, code } satisfies CalcIssue] });
  if (!m) return fail('letters.dateInvalid');
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return fail('letters.dateInvalid');
  const iso = isoDate(year, month, day);
  if (iso > today) return fail('letters.dateFuture');
  return { ok: true, value: iso };
}

/**
 * The same calendar day `years` later; 29 February becomes 28 February in a year without it (the
 * "corresponding day" of Civil Code Art. 202 read as the month's last day when the day does not exist —
 * our reading; how courts count the end day is listed as uncertain in index.ts).
 */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const year = y + years;
  return isoDate(year, m, Math.min(d, daysInMonth(year, m)));
}

/** Today on the reader's own calendar (their device's time zone), as 'YYYY-MM-DD'. */
export function localToday(now: Date = new Date()): string {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
