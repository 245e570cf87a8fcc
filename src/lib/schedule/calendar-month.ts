/** 'YYYY-MM' with a four-digit year and a month 01–12. */
const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True for a well-formed 'YYYY-MM' (years 1000–9999). */
export const isCalendarMonth = (text: string): boolean => MONTH_PATTERN.test(text) && !text.startsWith('0');

/**
 * The calendar month `offset` months after `start` ('YYYY-MM'). Integer arithmetic, no clock.
 * Throws nothing: callers validate `start` with `isCalendarMonth` first.
 * @example addMonths('2025-11', 3) // => '2026-02'
 */
export function addMonths(start: string, offset: number): string {
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7));
  const index = year * 12 + (month - 1) + offset;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}
