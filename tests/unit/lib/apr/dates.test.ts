import { describe, expect, it } from 'vitest';
import { dayNumber, monthsBack, parseIsoDate, wholeMonthsBetween } from '../../../../src/lib/apr/dates';

describe('ISO dates as integer days (no time zone)', () => {
  it.each([
    ['1970-01-01', 0],
    ['2000-03-01', 11017],
    ['2024-02-29', 19782],
    ['2025-03-31', 20178],
  ])('dayNumber(%s) = %i', (iso, n) => expect(dayNumber(parseIsoDate(iso)!)).toBe(n));

  it.each(['2025-02-29', '2025-13-01', '2025-1-01', '20250101', '', '1899-12-31', '2025-04-31'])('rejects %j', (s) => {
    expect(parseIsoDate(s)).toBeUndefined();
  });

  it.each([
    ['2025-03-31', 1, '2025-02-28'],
    ['2024-03-31', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-01-31'], // month end stays month end
    ['2025-03-30', 1, '2025-02-28'],
    ['2025-01-15', 13, '2023-12-15'],
  ])('monthsBack(%s, %i) = %s', (iso, k, expected) => {
    const d = monthsBack(parseIsoDate(iso)!, k);
    expect(`${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`).toBe(expected);
  });

  it.each([
    ['1978-02-10', '1978-04-01', 1, 19],
    ['1978-01-10', '1978-03-01', 1, 22],
    ['2025-01-31', '2025-03-01', 1, 1],
    ['2025-01-01', '2025-01-31', 0, 30],
  ])('wholeMonthsBetween(%s, %s) = %i months + %i days', (a, b, months, days) => {
    expect(wholeMonthsBetween(parseIsoDate(a)!, parseIsoDate(b)!)).toEqual({ months, days });
  });
});
