import { describe, expect, it } from 'vitest';
import { dayInfo, fromDayNumber, HOLIDAY_COVERAGE, HOLIDAY_NOTICES, toDayNumber } from '../../../../src/lib/deadlines';
import data from '../../../../src/lib/deadlines/holidays-cn.json';

const kind = (date: string) => {
  const out = dayInfo(date);
  return out.ok ? out.value.kind : out.issues[0]!.code;
};

describe('holiday data (State Council General Office notices)', () => {
  it('covers 2024–2026, each year with its notice title, number, date and where it was read', () => {
    expect(HOLIDAY_COVERAGE).toEqual({ from: '2024-01-01', through: '2026-12-31' });
    expect(HOLIDAY_NOTICES.map((n) => [n.year, n.docNumber, n.issued])).toEqual([
      [2024, '国办发明电〔2023〕7号', '2023-10-25'],
      [2025, '国办发明电〔2024〕12号', '2024-11-12'],
      [2026, '国办发明电〔2025〕7号', '2025-11-04'],
    ]);
    for (const n of HOLIDAY_NOTICES) {
      expect(n.title).toBe(`国务院办公厅关于${n.year}年部分节假日安排的通知`);
      expect(n.textSeenIn.length).toBeGreaterThan(0);
      expect(n.docNumberSeenIn.length).toBeGreaterThan(0);
    }
  });

  it.each([
    [2024, 28, 8],
    [2025, 28, 5],
    [2026, 33, 6],
  ])('%i: %i days off and %i make-up working days, as the notice lists them', (year, off, work) => {
    const y = data.years.find((e) => e.year === year)!;
    const days = y.closed.flatMap((h) => {
      const out: string[] = [];
      for (let n = toDayNumber(h.from)!; n <= toDayNumber(h.through)!; n++) out.push(fromDayNumber(n));
      return out;
    });
    expect(days.length).toBe(off);
    expect(days.every((d) => kind(d) === 'holiday')).toBe(true);
    const makeup = y.closed.flatMap((h) => h.workdays);
    expect(makeup.length).toBe(work);
    expect(makeup.every((d) => kind(d) === 'makeupWorkday')).toBe(true);
  });

  it.each([
    ['2026-10-10', 'makeupWorkday', '国庆节'],
    ['2026-09-20', 'makeupWorkday', '国庆节'],
    ['2026-01-04', 'makeupWorkday', '元旦'],
    ['2024-09-14', 'makeupWorkday', '中秋节'],
    ['2026-10-01', 'holiday', '国庆节'],
    ['2025-10-08', 'holiday', '国庆节、中秋节'],
    ['2026-02-23', 'holiday', '春节'],
  ])('%s is a %s (%s)', (date, k, name) => {
    expect(dayInfo(date)).toEqual({ ok: true, value: { date, kind: k, holiday: name } });
  });

  it.each([
    ['2026-12-05', 'weekend'],
    ['2026-12-07', 'workday'],
    ['2024-02-09', 'workday'], // New Year's Eve 2024: the notice only encourages a day off
    ['2026-10-08', 'workday'],
    ['2026-10-11', 'weekend'],
  ])('%s is a %s', (date, k) => expect(kind(date)).toBe(k));

  it.each(['2023-12-31', '2027-01-01', '2030-06-01'])('%s lies outside the data → deadline.holidaysUnknown', (date) => {
    expect(dayInfo(date)).toEqual({
      ok: false,
      issues: [{ code: 'deadline.holidaysUnknown', params: { date, knownFrom: '2024-01-01', knownThrough: '2026-12-31' } }],
    });
  });

  it('a malformed date → deadline.date.invalid', () => {
    expect(dayInfo('2026-02-30')).toEqual({ ok: false, issues: [{ code: 'deadline.date.invalid', params: { date: '2026-02-30' } }] });
  });
});
