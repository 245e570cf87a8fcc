import { describe, expect, it } from 'vitest';
import { addYears, CLOSE_DAYS, limitationEstimate } from '../../../../src/lib/deadlines';

const TODAY = '2026-12-01';
const estimate = (event: string, on: string, today = TODAY) => limitationEstimate({ event, on, today });
const value = (event: string, on: string, today = TODAY) => {
  const out = estimate(event, on, today);
  if (!out.ok) throw new Error(out.issues.map((i) => i.code).join());
  return out.value;
};

describe('addYears: the corresponding day (Civil Code Art. 202)', () => {
  it.each([
    ['2024-02-29', 3, '2027-02-28', 'leap day → month end of a common year'],
    ['2024-02-29', 4, '2028-02-29', 'leap day → leap day'],
    ['2023-02-28', 3, '2026-02-28', 'plain February'],
    ['2023-03-31', 3, '2026-03-31', 'month end stays'],
    ['2023-12-31', 3, '2026-12-31', 'year end'],
    ['2025-01-01', 3, '2028-01-01', 'year start'],
  ])('%s + %i years → %s (%s)', (from, years, expected) => {
    expect(addYears(from, years)).toBe(expected);
  });
  it('refuses a non-date (a bug, not input)', () => expect(() => addYears('2023-02-29', 3)).toThrow(/EngineError/));
});

describe('limitationEstimate: three years from the last event (Art. 188, 189, 195)', () => {
  it('a debt last paid four years ago has run out', () => {
    const v = value('paid', '2022-12-01');
    expect(v.nominalLastDay).toBe('2025-12-01');
    expect(v.lastDay).toBe('2025-12-01'); // a Monday
    expect(v.status).toBe('expired');
    expect(v.daysLeft).toBe(-365);
    expect(v.articles).toContain('195');
  });
  it('a recent demand restarts three years: running, with the days left', () => {
    const v = value('demand', '2026-06-15');
    expect(v.nominalLastDay).toBe('2029-06-15');
    expect(v.status).toBe('running');
    expect(v.holidaysKnown).toBe(false); // 2029 is beyond the holiday data
    expect(v.lastDay).toBe(v.nominalLastDay);
    expect(v.movedPast).toEqual([]);
  });
  it('a due date cites Art. 189 (instalments run from the last one)', () => {
    expect(value('due', '2025-01-10').articles).toEqual(['188', '189', '201', '202', '203']);
  });
  it('leap day: 2024-02-29 + 3 years ends on 2027-02-28', () => {
    const v = value('paid', '2024-02-29');
    expect(v.nominalLastDay).toBe('2027-02-28');
    expect(v.status).toBe('running');
  });
  it('a last day on a holiday moves past the break when the data covers it (Art. 203)', () => {
    // 2023-10-01 + 3 years = 2026-10-01, National Day: the break runs to 10-07; 10-08 is a Thursday.
    const v = value('paid', '2023-10-01', '2026-01-05');
    expect(v.nominalLastDay).toBe('2026-10-01');
    expect(v.lastDay).toBe('2026-10-08');
    expect(v.movedPast.map((d) => d.date)).toEqual(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']);
    expect(v.holidaysKnown).toBe(true);
  });
  it('a last day on a weekend moves to Monday', () => {
    // 2026-06-06 is a Saturday.
    expect(value('demand', '2023-06-06', '2024-01-01').lastDay).toBe('2026-06-08');
  });
  it('near the last day, either side, the estimate is "close"', () => {
    expect(value('paid', '2023-12-10').status).toBe('close'); // ends 2026-12-10, 9 days ahead
    expect(value('paid', '2023-11-20').status).toBe('close'); // ended 2026-11-20, 11 days ago
    const edge = value('paid', '2024-01-01'); // 2027-01-01, 31 days ahead
    expect(edge.daysLeft).toBe(CLOSE_DAYS + 1);
    expect(edge.status).toBe('running');
  });
  it('an event today counts; the period ends three years on', () => {
    expect(value('demand', TODAY).nominalLastDay).toBe('2029-12-01');
  });
  it('issues for bad input, never a throw', () => {
    expect(estimate('nonsense', '2024-01-01')).toEqual({ ok: false, issues: [{ field: 'event', code: 'limitation.event.unknown', params: { value: 'nonsense' } }] });
    expect(estimate('paid', '2024-02-30')).toEqual({ ok: false, issues: [{ field: 'on', code: 'limitation.on.invalid', params: { value: '2024-02-30' } }] });
    expect(estimate('paid', '2026-12-02')).toEqual({ ok: false, issues: [{ field: 'on', code: 'limitation.on.future', params: { today: TODAY } }] });
  });
  it('a bad today is a bug', () => expect(() => estimate('paid', '2024-01-01', 'today')).toThrow(/EngineError/));
});
