import { describe, expect, it } from 'vitest';
import { npvSignAt, npvSignAtEffective, npvSignAtNominal, ratioDigits, termSignAtEffective } from '../../../../src/lib/apr/exact-npv';
import { Dec } from '../../../../src/lib/money/decimal';

/** The NPV in fen of "receive c0 now, pay at t": coefficients as the engine builds them (c_t ≤ 0 for t ≥ 1). */
const poly = (...c: number[]) => Float64Array.from(c);

describe('exact NPV signs (BigInt)', () => {
  it('npvSignAt: 100 − 102·v is 0 at v = 50/51 (24 % a year, monthly), < 0 above it, > 0 below', () => {
    expect(npvSignAt(poly(10_000, -10_200), 50n, 51n)).toBe(0);
    expect(npvSignAt(poly(10_000, -10_200), 51n, 52n)).toBe(-1);
    expect(npvSignAt(poly(10_000, -10_200), 49n, 50n)).toBe(1);
  });

  it('npvSignAtNominal: at the line 0, just below the APR the NPV is < 0 (the APR is above), just above > 0', () => {
    const c = poly(10_000, -10_200);
    expect(npvSignAtNominal(c, 24_000_000n, 12n, 1n)).toBe(0);
    expect(npvSignAtNominal(c, 23_999_999n, 12n, 1n)).toBe(-1);
    expect(npvSignAtNominal(c, 24_000_001n, 12n, 1n)).toBe(1);
    // a 30-day term: 365/30 periods a year, 365 → 372.20 is 24 %
    expect(npvSignAtNominal(poly(36_500, -37_220), 24_000_000n, 365n, 30n)).toBe(0);
  });

  it('npvSignAtEffective: a single payment after a year of months at exactly 1.245 % effective is 0; a fen either way is not', () => {
    const at = (last: number) => poly(100_000, ...new Array<number>(11).fill(0), -last);
    expect(npvSignAtEffective(at(101_245), 1_245n, 12)).toBe(0);
    expect(npvSignAtEffective(at(101_246), 1_245n, 12)).toBe(-1);
    expect(npvSignAtEffective(at(101_244), 1_245n, 12)).toBe(1);
    expect(npvSignAtEffective(poly(10_000, ...new Array<number>(51).fill(0), -110_000), 1_000_000n, 52)).toBe(0);
  });

  it('npvSignAtEffective: a root 10⁻²⁹ from the boundary (a continued-fraction convergent of √z) is told apart', () => {
    // z = 10⁵ / (10⁵ + 1,245); y = √z (irrational). m/n, a convergent of y with n < 2^50, is within 1/n² of it.
    const zNum = 100_000n;
    const zDen = 101_245n;
    const bits = 240n;
    const isqrt = (x: bigint) => {
      let r = 1n << BigInt(Math.ceil(x.toString(2).length / 2) + 1);
      for (;;) {
        const next = (r + x / r) / 2n;
        if (next >= r) return r;
        r = next;
      }
    };
    let [num, den] = [isqrt((zNum << (2n * bits)) / zDen), 1n << bits];
    let [h0, h1, k0, k1] = [0n, 1n, 1n, 0n];
    let best: [bigint, bigint] = [0n, 1n];
    while (den) {
      const a = num / den;
      [h0, h1] = [h1, a * h1 + h0];
      [k0, k1] = [k1, a * k1 + k0];
      if (k1 >= 1n << 50n) break;
      best = [h1, k1];
      [num, den] = [den, num - a * den];
    }
    const [m, n] = best;
    expect(n > 1n << 40n).toBe(true);
    // v* = m/n; the effective rate is above the boundary when v* < y, i.e. m²·zDen < n²·zNum
    const expected = m * m * zDen < n * n * zNum ? -1 : 1;
    expect(npvSignAtEffective(poly(Number(m), -Number(n)), 1_245n, 2)).toBe(expected);
    // and its neighbour convergent lies on the other side of y
    expect(npvSignAtEffective(poly(Number(h0), -Number(k0)), 1_245n, 2)).toBe(h0 * h0 * zDen < k0 * k0 * zNum ? -1 : 1);
  });

  it('termSignAtEffective: (repaid/received)^(a/b) against the boundary, exactly', () => {
    // one year as one period: 1,000 → 1,012.45 is 1.245 % exactly
    expect(termSignAtEffective(100_000n, 101_245n, 1n, 1n, 1_245n)).toBe(0);
    expect(termSignAtEffective(100_000n, 101_246n, 1n, 1n, 1_245n)).toBe(-1);
    // half a year as one period (2 a year): 1.01² − 1 = 2.01 %
    expect(termSignAtEffective(100n, 101n, 2n, 1n, 2_010n)).toBe(0);
    expect(termSignAtEffective(100n, 101n, 2n, 1n, 2_015n)).toBe(1);
  });

  it('ratioDigits: exact when it can be, else rounded to odd (never equal to a shorter decimal)', () => {
    expect(new Dec(ratioDigits(24n, 1n)).toFixed()).toBe('24');
    expect(new Dec(ratioDigits(1n, 8n)).toFixed()).toBe('0.125');
    expect(new Dec(ratioDigits(2n, 3n)).toFixed()).toBe('0.' + '6'.repeat(29) + '7');
    expect(new Dec(ratioDigits(-2n, 3n)).toFixed()).toBe('-0.' + '6'.repeat(29) + '7');
    // 0.1 + 10⁻³⁵ truncates to 0.1000…0 (30 decimals): made odd, so it stays above 0.1
    expect(new Dec(ratioDigits(10n ** 34n + 1n, 10n ** 35n)).gt('0.1')).toBe(true);
  });
});
