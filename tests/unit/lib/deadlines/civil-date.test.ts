import { describe, expect, it } from 'vitest';
import { fromDayNumber, isIsoDate, isoWeekday, toDayNumber } from '../../../../src/lib/deadlines';

describe('civil dates without Date objects', () => {
  it.each([
    ['1970-01-01', 0, 4],
    ['2024-02-29', 19782, 4],
    ['2025-06-21', 20260, 6],
    ['2026-10-01', 20727, 4],
    ['2000-03-01', 11017, 3],
    ['1999-12-31', 10956, 5],
    ['2027-01-03', 20821, 7],
  ])('%s is day %i, ISO weekday %i', (date, n, weekday) => {
    expect(toDayNumber(date)).toBe(n);
    expect(fromDayNumber(n)).toBe(date);
    expect(isoWeekday(n)).toBe(weekday);
  });

  it.each(['2025-02-29', '2100-02-29', '2025-13-01', '2025-04-31', '2025-00-10', '2025-1-5', '2025/01/05', '', '2025-01-05T00:00'])(
    '%j is not a date',
    (text) => expect(isIsoDate(text)).toBe(false),
  );

  it.each(['2024-02-29', '2000-02-29', '2026-12-31'])('%s is a date', (text) => expect(isIsoDate(text)).toBe(true));

  it('round-trips every day from 2023 to 2028', () => {
    for (let n = toDayNumber('2023-01-01')!; n <= toDayNumber('2028-12-31')!; n++) expect(toDayNumber(fromDayNumber(n))).toBe(n);
  });
});
