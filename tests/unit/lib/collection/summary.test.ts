import { describe, expect, it } from 'vitest';
import { RULE_CODES, summarizeLog, type ContactEvent } from '../../../../src/lib/collection';

const ev = (at: string, collector: string, more: Partial<ContactEvent> = {}): ContactEvent => ({
  at,
  channel: 'call',
  collector,
  ...((more.channel ?? 'call') === 'call' ? { answered: true } : {}),
  contacted: 'self',
  content: [],
  ...more,
});

describe('summarizeLog: counts for the evidence report', () => {
  const events: ContactEvent[] = [
    ev('2026-03-04T09:00', '乙'),
    ev('2026-03-03T23:00', '甲', { content: ['threat'] }),
    ev('2026-03-03T09:00', '甲'),
    ev('2026-03-03T10:00', '甲'),
    ev('2026-03-03T11:00', '甲'),
    ev('2026-03-03T12:00', '甲'),
    ev('2026-03-04T10:00', '甲', { channel: 'sms', contacted: 'relative', content: ['disclosure'] }),
  ];
  const s = summarizeLog(events);

  it('covers the period of the entries', () => {
    expect(s.period).toEqual({ from: '2026-03-03', through: '2026-03-04' });
    expect([s.events, s.flaggedEvents]).toEqual([7, 3]);
  });

  it('counts events per rule, every rule present', () => {
    expect(Object.keys(s.byRule)).toEqual([...RULE_CODES]);
    expect(Object.fromEntries(Object.entries(s.byRule).filter(([, n]) => n > 0))).toEqual({
      'calls.answered': 1,
      'content.disclosure': 1,
      'content.threat': 1,
      night: 1,
      'third-party': 1,
    });
  });

  it('per collector, in order of first contact in time', () => {
    expect(s.byCollector.map((c) => [c.collector, c.events, c.flaggedEvents, c.byRule['night'], c.byRule['calls.answered'], c.byRule['third-party']])).toEqual([
      ['甲', 6, 3, 1, 1, 1],
      ['乙', 1, 0, 0, 0, 0],
    ]);
  });

  it('per day, oldest first', () => {
    expect(s.byDay.map((d) => [d.date, d.events, d.flaggedEvents])).toEqual([
      ['2026-03-03', 5, 2],
      ['2026-03-04', 2, 1],
    ]);
  });

  it('an empty log has no period and zero counts', () => {
    const empty = summarizeLog([]);
    expect(empty.period).toBeUndefined();
    expect([empty.events, empty.byCollector, empty.byDay, Object.values(empty.byRule).every((n) => n === 0)]).toEqual([0, [], [], true]);
  });
});
