import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../../src/lib/money/decimal';
import { decFromFen, fenOf, MAX_EXACT_FEN } from '../../../../src/lib/money/fen';

/** decimal.js's own fields, compared word for word: a Dec built by hand must be the Dec it parses. */
const internals = (x: Dec) => {
  const { s, e, d } = x as unknown as { s: number; e: number; d: number[] };
  return { s, e, d: [...d] };
};

describe('whole fen ↔ Dec', () => {
  const edge = [0, 1, 9, 10, 99, 100, 101, 999, 1000, 100000, 1234567, 9999999, 10000000, 10000001, 100000000, 999999999, 1000000000, 123456789012, MAX_EXACT_FEN - 1];
  it.each(edge.flatMap((f) => [f, -f]))('decFromFen(%d) is new Dec(fen).div(100), digit words included', (fen) => {
    const fast = decFromFen(fen);
    const parsed = new Dec(fen).div(100);
    expect(internals(fast)).toEqual(internals(parsed));
    expect(fast.toFixed()).toBe(parsed.toFixed());
    expect(fast.plus('0.01').minus('0.01').eq(parsed)).toBe(true);
  });

  it('for any fen below 2^52: same value, same words, same arithmetic', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(MAX_EXACT_FEN - 1), max: MAX_EXACT_FEN - 1 }), (fen) => {
        const fast = decFromFen(fen);
        const parsed = new Dec(fen).div(100);
        expect(internals(fast)).toEqual(internals(parsed));
        expect(fast.times(3).toFixed()).toBe(parsed.times(3).toFixed());
        expect(fenOf(fast)).toBe(Math.abs(fen) < 2 ** 50 ? (fen === 0 ? 0 : fen) : undefined);
      }),
      { numRuns: 2000 },
    );
  });

  it('fenOf refuses what is not whole fen in the exact range', () => {
    expect(fenOf(new Dec('1.005'))).toBeUndefined();
    expect(fenOf(new Dec('NaN'))).toBeUndefined();
    expect(fenOf(new Dec(2 ** 50).div(100))).toBeUndefined();
    expect(fenOf(new Dec(2 ** 50 - 1).div(100))).toBe(2 ** 50 - 1);
    expect(fenOf(new Dec('-12.34'))).toBe(-1234);
  });
});

describe('decFromFen refuses what it cannot build exactly', () => {
  it('throws past 2^52 fen or for a fraction of a fen, instead of building a wrong figure', () => {
    for (const fen of [2e16, 2 ** 52, -(2 ** 52), 0.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => decFromFen(fen)).toThrow(/EngineError/);
    expect(decFromFen(2 ** 52 - 1).toFixed()).toBe(new Dec(2 ** 52 - 1).div(100).toFixed());
  });
});
