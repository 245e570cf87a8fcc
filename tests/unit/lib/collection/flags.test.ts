import { describe, expect, it } from 'vitest';
import { checkCollectionLog, flagEvents, type ContactEvent } from '../../../../src/lib/collection';

const call = (at: string, answered: boolean, more: Partial<ContactEvent> = {}): ContactEvent => ({
  at,
  channel: 'call',
  collector: '甲',
  answered,
  contacted: 'self',
  content: [],
  ...more,
});
const sms = (at: string, more: Partial<ContactEvent> = {}): ContactEvent => ({ at, channel: 'sms', collector: '甲', contacted: 'self', content: [], ...more });
const day = (d: string, hours: number[], answered: boolean, more: Partial<ContactEvent> = {}) => hours.map((h) => call(`${d}T${String(h).padStart(2, '0')}:00`, answered, more));

describe('flagEvents: night', () => {
  it.each([
    ['00:00', ['night']],
    ['07:59', ['night']],
    ['08:00', []],
    ['21:59', []],
    ['22:00', ['night']],
    ['23:59', ['night']],
  ])('a message at %s → %j', (time, flags) => {
    expect(flagEvents([sms(`2026-03-02T${time}`)])).toEqual([flags]);
  });

  it('applies to every channel, visits included', () => {
    expect(flagEvents([{ at: '2026-03-02T23:00', channel: 'visit', collector: '甲', contacted: 'self', content: [] }])).toEqual([['night']]);
  });
});

describe('flagEvents: calls per collector per calendar day', () => {
  it('the 4th and later answered call is flagged; the 7th and later unanswered one; the counts are separate', () => {
    const events = [...day('2026-03-03', [9, 10, 11, 12], true), ...day('2026-03-03', [13, 14, 15, 16, 17, 18, 19], false)];
    expect(flagEvents(events)).toEqual([[], [], [], ['calls.answered'], [], [], [], [], [], [], ['calls.unanswered']]);
  });

  it('3 answered and 6 unanswered calls on one day break no count', () => {
    const events = [...day('2026-03-03', [9, 10, 11], true), ...day('2026-03-03', [12, 13, 14, 15, 16, 17], false)];
    expect(flagEvents(events).flat()).toEqual([]);
  });

  it('collectors are counted apart, by their trimmed name', () => {
    const events = [...day('2026-03-03', [9, 10, 11], true), call('2026-03-03T12:00', true, { collector: '乙' }), call('2026-03-03T13:00', true, { collector: ' 甲 ' })];
    expect(flagEvents(events)).toEqual([[], [], [], [], ['calls.answered']]);
  });

  it('each calendar day starts a new count', () => {
    const events = [...day('2026-03-03', [19, 20, 21], true), ...day('2026-03-04', [8, 9, 10], true), call('2026-03-04T11:00', true)];
    expect(flagEvents(events)).toEqual([[], [], [], [], [], [], ['calls.answered']]);
  });

  it('the count restarts across a year end and on a leap day', () => {
    const events = [...day('2025-12-31', [19, 20, 21], true), ...day('2026-01-01', [9, 10, 11, 12], true), ...day('2024-02-29', [9, 10, 11, 12], false)];
    expect(flagEvents(events).map((f) => f.join())).toEqual(['', '', '', '', '', '', 'calls.answered', '', '', '', '']);
  });

  it('counts in time order whatever the input order, and flags in input order', () => {
    const events = [call('2026-03-03T15:00', true), call('2026-03-03T09:00', true), call('2026-03-03T14:00', true), call('2026-03-03T10:00', true)];
    expect(flagEvents(events)).toEqual([['calls.answered'], [], [], []]);
  });

  it('two calls at the same minute count in input order', () => {
    const events = [...day('2026-03-03', [9, 10], true), call('2026-03-03T11:00', true, { collector: '甲' }), call('2026-03-03T11:00', true)];
    expect(flagEvents(events)).toEqual([[], [], [], ['calls.answered']]);
  });

  it('night calls are flagged night and not counted (vector log-night)', () => {
    const events = [call('2026-03-02T07:59', true), call('2026-03-02T08:00', true), call('2026-03-02T21:59', true), call('2026-03-02T22:00', true), call('2026-03-02T23:00', true)];
    expect(flagEvents(events)).toEqual([['night'], [], [], ['night'], ['night']]);
  });

  it('a midnight pair falls on two days', () => {
    // Daytime calls on the 3rd and 4th, with night calls at 23:59 and 00:00 in between: neither night call counts.
    const events = [...day('2026-03-03', [9, 10, 11], true), call('2026-03-03T23:59', true), call('2026-03-04T00:00', true), call('2026-03-04T09:00', true)];
    expect(flagEvents(events)).toEqual([[], [], [], ['night'], ['night'], []]);
  });

  it('calls to third parties and other channels are not counted', () => {
    const events = [
      ...day('2026-03-03', [9, 10, 11], true),
      call('2026-03-03T12:00', true, { contacted: 'relative' }),
      sms('2026-03-03T12:30'),
      { at: '2026-03-03T12:45', channel: 'app', collector: '甲', contacted: 'self', content: [] } satisfies ContactEvent,
      call('2026-03-03T13:00', true),
    ];
    expect(flagEvents(events)).toEqual([[], [], [], ['third-party'], [], [], ['calls.answered']]);
  });
});

describe('flagEvents: third parties and content', () => {
  it.each(['relative', 'colleague', 'contact', 'other'] as const)('contacting %s → third-party', (contacted) => {
    expect(flagEvents([sms('2026-03-05T10:00', { contacted })])).toEqual([['third-party']]);
  });

  it('each category recorded is one code, and codes are sorted', () => {
    const content = ['threat', 'insult', 'impersonation', 'fake-record', 'personal-account', 'disclosure', 'borrow-elsewhere', 'extra-fee'] as const;
    expect(flagEvents([sms('2026-03-05T23:00', { contacted: 'colleague', content })])).toEqual([
      [
        'content.borrow-elsewhere',
        'content.disclosure',
        'content.extra-fee',
        'content.fake-record',
        'content.impersonation',
        'content.insult',
        'content.personal-account',
        'content.threat',
        'night',
        'third-party',
      ],
    ]);
  });
});

describe('checkCollectionLog', () => {
  it('validates, then flags', () => {
    expect(checkCollectionLog([{ at: '2026-03-05T22:30', channel: 'sms', collector: '甲', contacted: 'self', content: ['threat'] }])).toEqual({
      ok: true,
      value: { events: [{ at: '2026-03-05T22:30', channel: 'sms', collector: '甲', contacted: 'self', content: ['threat'] }], flags: [['content.threat', 'night']] },
    });
  });

  it('returns the validation issues instead of flags', () => {
    const out = checkCollectionLog([{ at: 'yesterday', channel: 'call', collector: '甲', answered: true, contacted: 'self' }]);
    expect(out.ok === false && out.issues.map((i) => i.code)).toEqual(['collection.at.invalid']);
  });
});
