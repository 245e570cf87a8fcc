import { describe, expect, it } from 'vitest';
import { validateEvents } from '../../../../src/lib/collection';

const ok = { at: '2026-03-02T10:00', channel: 'call', collector: '甲', answered: true, contacted: 'self', content: [] };
const codes = (events: unknown[]) => {
  const out = validateEvents(events);
  return out.ok ? [] : out.issues.map((i) => `${i.field} ${i.code}${i.params?.['value'] !== undefined ? ` ${i.params['value']}` : ''}`);
};

describe('validateEvents: every problem is an issue code with the entry it belongs to', () => {
  it('accepts a valid log and returns typed events (collector trimmed, categories once, no answered on non-calls)', () => {
    const out = validateEvents([
      { ...ok, collector: '  甲 ' },
      { at: '2026-03-02T11:00', channel: 'sms', collector: '乙', contacted: 'relative', content: ['threat', 'threat', 'insult'] },
    ]);
    expect(out).toEqual({
      ok: true,
      value: [
        { at: '2026-03-02T10:00', channel: 'call', collector: '甲', answered: true, contacted: 'self', content: [] },
        { at: '2026-03-02T11:00', channel: 'sms', collector: '乙', contacted: 'relative', content: ['threat', 'insult'] },
      ],
    });
  });

  it('content may be left out (no categories)', () => {
    const { content: _c, ...noContent } = ok;
    expect(codes([noContent])).toEqual([]);
  });

  it.each([
    [{ ...ok, at: '2026-03-02 10:00' }, 'events.0.at collection.at.invalid 2026-03-02 10:00'],
    [{ ...ok, at: '2026-02-29T10:00' }, 'events.0.at collection.at.invalid 2026-02-29T10:00'],
    [{ ...ok, at: 20260302 }, 'events.0.at collection.at.invalid 20260302'],
    [{ ...ok, channel: 'fax' }, 'events.0.channel collection.channel.unknown fax'],
    [{ ...ok, collector: '   ' }, 'events.0.collector collection.collector.required'],
    [{ ...ok, collector: undefined }, 'events.0.collector collection.collector.required'],
    [{ ...ok, answered: undefined }, 'events.0.answered collection.answered.required'],
    [{ ...ok, answered: 'yes' }, 'events.0.answered collection.answered.required'],
    [{ ...ok, channel: 'sms', answered: false }, 'events.0.answered collection.answered.notACall sms'],
    [{ ...ok, contacted: 'boss' }, 'events.0.contacted collection.contacted.unknown boss'],
    [{ ...ok, content: 'threat' }, 'events.0.content collection.content.invalid'],
    [{ ...ok, content: ['threat', 'blackmail'] }, 'events.0.content collection.content.unknown blackmail'],
  ])('%j → %s', (event, expected) => {
    expect(codes([event])).toEqual([expected]);
  });

  it('reports every problem of every entry, with the entry index', () => {
    const out = validateEvents([ok, null, { ...ok, channel: 'fax', contacted: 'boss' }]);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.issues).toEqual([
      { field: 'events.1', code: 'collection.event.notAnObject', params: { index: '1', entry: '2' } },
      { field: 'events.2.channel', code: 'collection.channel.unknown', params: { index: '2', entry: '3', value: 'fax' } },
      { field: 'events.2.contacted', code: 'collection.contacted.unknown', params: { index: '2', entry: '3', value: 'boss' } },
    ]);
  });

  it('an empty log is valid', () => expect(validateEvents([])).toEqual({ ok: true, value: [] }));
});
