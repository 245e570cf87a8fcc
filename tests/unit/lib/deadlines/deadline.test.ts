import { describe, expect, it } from 'vitest';
import { courtDeadline, fromDayNumber, periodLastDay, toDayNumber } from '../../../../src/lib/deadlines';
import data from '../../../../src/lib/deadlines/holidays-cn.json';

const last = (document: string, receivedOn: string) => {
  const out = courtDeadline({ document, receivedOn });
  return out.ok ? out.value.lastDay : out.issues.map((i) => i.code).join(',');
};

describe('courtDeadline: CPL Art. 85 — day of service not counted; a last day on a rest day moves to the next working day', () => {
  it.each([
    // The shared vectors, again here so a failure names the rule.
    ['judgment', '2025-03-03', '2025-03-18', 'plain 15 days'],
    ['complaint', '2025-06-06', '2025-06-23', 'Saturday → Monday'],
    ['complaint', '2024-12-31', '2025-01-15', 'across the year end'],
    ['ruling', '2025-03-03', '2025-03-13', 'ruling: 10 days'],
    ['payment-order', '2025-03-03', '2025-03-18', 'payment order: 15 days'],
    // Holiday chains: the whole break is passed, weekends next to it too.
    ['judgment', '2026-09-16', '2026-10-08', '2026-10-01 → past the whole National Day break'],
    ['ruling', '2026-02-05', '2026-02-24', '2026-02-15 (Spring Festival, a Sunday) → after the 9-day break'],
    ['complaint', '2025-01-13', '2025-02-05', '2025-01-28 (Spring Festival eve) → after the break'],
    ['judgment', '2025-09-16', '2025-10-09', '2025-10-01 → past the 8-day National Day and Mid-Autumn break'],
    ['complaint', '2025-05-16', '2025-06-03', '2025-05-31 Saturday → past the Dragon Boat Monday'],
    ['ruling', '2026-09-15', '2026-09-28', 'Mid-Autumn 2026-09-25 → Monday'],
    ['complaint', '2023-12-17', '2024-01-02', 'New Year 2024 → Tuesday'],
    // Make-up working days (调休上班) are working days: the period does not move.
    ['judgment', '2026-09-25', '2026-10-10', 'make-up Saturday after National Day'],
    ['complaint', '2026-02-13', '2026-02-28', 'make-up Saturday after Spring Festival'],
    ['complaint', '2025-12-20', '2026-01-04', 'make-up Sunday after New Year 2026'],
    ['ruling', '2026-09-10', '2026-09-20', 'make-up Sunday before National Day 2026'],
    ['ruling', '2025-10-01', '2025-10-11', 'make-up Saturday 2025-10-11'],
    ['ruling', '2025-01-16', '2025-01-26', 'make-up Sunday 2025-01-26'],
    ['ruling', '2024-05-01', '2024-05-11', 'make-up Saturday 2024-05-11'],
    ['ruling', '2024-01-31', '2024-02-18', 'Spring Festival 2024 ends on a make-up Sunday: the break ends there'],
    ['ruling', '2024-03-25', '2024-04-07', 'Qingming 2024 → make-up Sunday 2024-04-07'],
    // Leap days and month ends.
    ['complaint', '2024-02-14', '2024-02-29', 'leap day, a Thursday'],
    ['ruling', '2024-02-20', '2024-03-01', 'across 2024-02-29'],
    ['ruling', '2025-02-19', '2025-03-03', 'no 29 February in 2025; 03-01 is a Saturday'],
    ['ruling', '2026-01-21', '2026-02-02', '01-31 is a Saturday'],
    ['ruling', '2026-12-21', '2026-12-31', 'the last day the data covers'],
  ])('%s served %s → %s (%s)', (document, receivedOn, expected) => {
    expect(last(document, receivedOn)).toBe(expected);
  });

  it('reports what it moved past, the articles and the notices it used', () => {
    const out = courtDeadline({ document: 'judgment', receivedOn: '2026-09-16' });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.value).toMatchObject({ document: 'judgment', action: 'appeal', periodDays: 15, nominalLastDay: '2026-10-01', lastDay: '2026-10-08', lastDayKind: 'workday', articles: ['85', '171(1)'], flags: [] });
    expect(out.value.movedPast.map((d) => d.date)).toEqual(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']);
    expect(out.value.notices.map((n) => n.docNumber)).toEqual(['国办发明电〔2025〕7号']);
  });

  it('a make-up day is the last day, and says so', () => {
    const out = courtDeadline({ document: 'judgment', receivedOn: '2026-09-25' });
    expect(out.ok && [out.value.lastDay, out.value.lastDayKind, out.value.movedPast.length]).toEqual(['2026-10-10', 'makeupWorkday', 0]);
  });

  it('flags a document served before the 2023 text (whose article numbers it cites) came into force', () => {
    const out = courtDeadline({ document: 'complaint', receivedOn: '2023-12-17' });
    expect(out.ok && out.value.flags).toEqual(['servedBeforeCurrentText']);
  });

  it('each holiday in the data, as a nominal last day, moves to the first working day after it', () => {
    const expected: Record<string, string> = {
      '2024-01-01': '2024-01-02', '2024-02-10': '2024-02-18', '2024-04-04': '2024-04-07', '2024-05-01': '2024-05-06',
      '2024-06-10': '2024-06-11', '2024-09-15': '2024-09-18', '2024-10-01': '2024-10-08',
      '2025-01-01': '2025-01-02', '2025-01-28': '2025-02-05', '2025-04-04': '2025-04-07', '2025-05-01': '2025-05-06',
      '2025-05-31': '2025-06-03', '2025-10-01': '2025-10-09',
      '2026-01-01': '2026-01-04', '2026-02-15': '2026-02-24', '2026-04-04': '2026-04-07', '2026-05-01': '2026-05-06',
      '2026-06-19': '2026-06-22', '2026-09-25': '2026-09-28', '2026-10-01': '2026-10-08',
    };
    const starts = data.years.flatMap((y) => y.closed.map((h) => h.from));
    expect(starts.sort()).toEqual(Object.keys(expected).sort());
    for (const from of starts) {
      const served = fromDayNumber(toDayNumber(from)! - 15);
      expect([from, last('complaint', served)]).toEqual([from, expected[from]]);
    }
  });
});

describe('courtDeadline: problems are issue codes', () => {
  it('a last day beyond the holiday data → deadline.holidaysUnknown with the nominal day, never a guess', () => {
    expect(courtDeadline({ document: 'complaint', receivedOn: '2026-12-20' })).toEqual({
      ok: false,
      issues: [
        {
          field: 'receivedOn',
          code: 'deadline.holidaysUnknown',
          params: { date: '2027-01-04', nominalLastDay: '2027-01-04', knownFrom: '2024-01-01', knownThrough: '2026-12-31' },
        },
      ],
    });
    expect(last('ruling', '2023-12-01')).toBe('deadline.holidaysUnknown');
  });

  it.each(['2025-02-29', '2025/03/01', '', '3 March'])('receivedOn %j → deadline.receivedOn.invalid', (receivedOn) => {
    expect(courtDeadline({ document: 'judgment', receivedOn })).toEqual({
      ok: false,
      issues: [{ field: 'receivedOn', code: 'deadline.receivedOn.invalid', params: { value: receivedOn } }],
    });
  });

  it('an unknown document → deadline.document.unknown', () => {
    expect(courtDeadline({ document: 'appeal', receivedOn: '2025-03-03' })).toEqual({
      ok: false,
      issues: [{ field: 'document', code: 'deadline.document.unknown', params: { value: 'appeal' } }],
    });
    expect(last('toString', '2025-03-03')).toBe('deadline.document.unknown');
  });

  it('periodLastDay rejects a non-positive period as a bug, not a user problem', () => {
    expect(() => periodLastDay('2025-03-03', 0)).toThrow(/EngineError/);
  });
});
