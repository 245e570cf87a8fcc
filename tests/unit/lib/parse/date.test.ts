import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../../src/lib/parse';
import { show } from './show';

describe('parseDate', () => {
  it.each([
    ['2025-03-01', '2025-03-01'],
    ['2025-3-1', '2025-03-01'],
    ['2025/3/1', '2025-03-01'],
    ['2025.3.1', '2025-03-01'],
    ['2025年3月1日', '2025-03-01'],
    ['2025年3月1号', '2025-03-01'],
    ['2025 年 3 月 1 日', '2025-03-01'],
    ['２０２５年３月１日', '2025-03-01'],
    ['20250301', '2025-03-01'],
    [' 2025-3-1 ', '2025-03-01'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['', 'date.required'],
    ['abc', 'date.invalid'],
    ['2025-03', 'date.invalid'],
    ['2025-03-01T00:00', 'date.invalid'],
    ['03/01/2025', 'date.ambiguous'],
    ['1/3/25', 'date.ambiguous'],
    ['2025-02-29', 'date.notACalendarDate year=2025 month=2 day=29'],
    ['1900-02-29', 'date.notACalendarDate year=1900 month=2 day=29'],
    ['2025-04-31', 'date.notACalendarDate year=2025 month=4 day=31'],
    ['2025-13-01', 'date.notACalendarDate year=2025 month=13 day=1'],
    ['2025-00-10', 'date.notACalendarDate year=2025 month=0 day=10'],
    ['2025-01-00', 'date.notACalendarDate year=2025 month=1 day=0'],
    ['1899-12-31', 'date.outOfRange min=1900 max=2199'],
  ])('%j → %s', (text, expected) => {
    expect(show(parseDate(text), String)).toBe(expected);
  });
});
