import { describe, expect, it } from 'vitest';
import { isNight, parseLocalTime } from '../../../../src/lib/collection';

describe('parseLocalTime: YYYY-MM-DDTHH:MM as entered, no time zone', () => {
  it.each([
    ['2026-03-02T00:00', '2026-03-02', 0],
    ['2026-03-02T07:59', '2026-03-02', 479],
    ['2026-03-02T22:00', '2026-03-02', 1320],
    ['2026-03-02T23:59', '2026-03-02', 1439],
    ['2024-02-29T12:00', '2024-02-29', 720],
  ])('%s → %s, minute %i', (text, date, minuteOfDay) => {
    expect(parseLocalTime(text)).toEqual({ date, minuteOfDay });
  });

  it.each(['2026-03-02T24:00', '2026-03-02T12:60', '2025-02-29T10:00', '2026-13-01T10:00', '2026-03-02 10:00', '2026-03-02T10:00:00', '2026-03-02T9:00', '2026-03-02', ''])(
    '%j is rejected',
    (text) => expect(parseLocalTime(text)).toBeUndefined(),
  );

  it.each([
    [0, true],
    [479, true],
    [480, false],
    [1319, false],
    [1320, true],
    [1439, true],
  ])('minute %i is night: %s', (minute, night) => expect(isNight(minute)).toBe(night));
});
