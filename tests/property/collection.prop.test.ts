/**
 * Collection-log invariants. Flags are per event, so reordering the input reorders the flags — except that the
 * call counts follow time order, and two calls at the same minute count in input order. So:
 * - with distinct times, flags(permuted log) = permuted flags(log);
 * - with any times, every code but the call counts follows the event, and the number of count flags per collector
 *   and day is fixed: (daytime answered calls to the borrower − 3)⁺ and (unanswered − 6)⁺.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, CONTACTED, CONTENT_CATEGORIES, flagEvents, type ContactEvent, type RuleCode } from '../../src/lib/collection';

const pad = (n: number) => String(n).padStart(2, '0');
const eventArb = fc
  .record({
    day: fc.integer({ min: 1, max: 2 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 3 }),
    channel: fc.constantFrom(...CHANNELS, 'call', 'call', 'call'),
    collector: fc.constantFrom('甲', '乙'),
    answered: fc.boolean(),
    contacted: fc.constantFrom(...CONTACTED, 'self', 'self', 'self'),
    content: fc.uniqueArray(fc.constantFrom(...CONTENT_CATEGORIES), { maxLength: 3 }),
  })
  .map(
    (r): ContactEvent => ({
      at: `2026-03-${pad(r.day)}T${pad(r.hour)}:${pad(r.minute)}`,
      channel: r.channel,
      collector: r.collector,
      ...(r.channel === 'call' ? { answered: r.answered } : {}),
      contacted: r.contacted,
      content: r.content,
    }),
  );
const logArb = fc.array(eventArb, { maxLength: 40 });
const permuted = <T>(xs: readonly T[]) => fc.shuffledSubarray([...xs.keys()], { minLength: xs.length, maxLength: xs.length });
const COUNTS: readonly RuleCode[] = ['calls.answered', 'calls.unanswered'];

describe('collection flags (properties)', () => {
  it('with distinct times, flags follow their events under any reordering', () => {
    const distinct = logArb.map((log) => log.filter((e, i) => log.findIndex((o) => o.at === e.at) === i));
    fc.assert(
      fc.property(distinct.chain((log) => fc.tuple(fc.constant(log), permuted(log))), ([log, order]) => {
        const flags = flagEvents(log);
        expect(flagEvents(order.map((i) => log[i]!))).toEqual(order.map((i) => flags[i]));
      }),
    );
  });

  it('with any times, non-count codes follow their events and the count flags per collector and day are fixed', () => {
    fc.assert(
      fc.property(logArb.chain((log) => fc.tuple(fc.constant(log), permuted(log))), ([log, order]) => {
        const flags = flagEvents(log);
        const again = flagEvents(order.map((i) => log[i]!));
        order.forEach((from, to) => {
          expect(again[to]!.filter((c) => !COUNTS.includes(c))).toEqual(flags[from]!.filter((c) => !COUNTS.includes(c)));
        });
        const tally = (fs: RuleCode[][], events: readonly ContactEvent[]) => {
          const m = new Map<string, number>();
          fs.forEach((f, i) => {
            for (const c of f.filter((code) => COUNTS.includes(code))) {
              const key = `${events[i]!.collector}|${events[i]!.at.slice(0, 10)}|${c}`;
              m.set(key, (m.get(key) ?? 0) + 1);
            }
          });
          return m;
        };
        const expected = new Map<string, number>();
        const calls = new Map<string, number>();
        for (const e of log) {
          const hour = Number(e.at.slice(11, 13));
          if (e.channel !== 'call' || e.contacted !== 'self' || hour < 8 || hour >= 22) continue;
          const key = `${e.collector}|${e.at.slice(0, 10)}|${e.answered ? 'calls.answered' : 'calls.unanswered'}`;
          calls.set(key, (calls.get(key) ?? 0) + 1);
        }
        for (const [key, n] of calls) {
          const over = n - (key.endsWith('calls.answered') ? 3 : 6);
          if (over > 0) expected.set(key, over);
        }
        expect(tally(flags, log)).toEqual(expected);
        expect(tally(again, order.map((i) => log[i]!))).toEqual(expected);
      }),
    );
  });

  it('flags are sorted, unique, and name each recorded category once', () => {
    fc.assert(
      fc.property(logArb, (log) => {
        flagEvents(log).forEach((f, i) => {
          expect(f).toEqual([...new Set(f)].sort());
          expect(f.filter((c) => c.startsWith('content.'))).toEqual(log[i]!.content.map((c) => `content.${c}`).sort());
          expect(f.includes('third-party')).toBe(log[i]!.contacted !== 'self');
        });
      }),
    );
  });
});
