import { describe, expect, it } from 'vitest';
import { npvIsZeroAtEffective, npvSignAt, npvSignAtNominal } from '../../../../src/lib/apr/exact-npv';

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

  it('npvIsZeroAtEffective: a single payment after a year of months at exactly 1.245 % effective; a fen either way is not', () => {
    const at = (last: number) => poly(100_000, ...new Array<number>(11).fill(0), -last);
    expect(npvIsZeroAtEffective(at(101_245), 1_245n, 12)).toBe(true);
    expect(npvIsZeroAtEffective(at(101_246), 1_245n, 12)).toBe(false);
    expect(npvIsZeroAtEffective(at(101_244), 1_245n, 12)).toBe(false);
    // 1,000 % after 52 weeks; 1.245² after 24 months (two years) at 12 a year
    expect(npvIsZeroAtEffective(poly(10_000, ...new Array<number>(51).fill(0), -110_000), 1_000_000n, 52)).toBe(true);
    expect(npvIsZeroAtEffective(poly(10_000_000_000, ...new Array<number>(23).fill(0), -10_250_550_025), 1_245n, 12)).toBe(true);
    // not a single payment: 1,000 now, 500 after 6 months, the rest after 12 is not on the boundary
    expect(npvIsZeroAtEffective(poly(100_000, 0, 0, 0, 0, 0, -50_000, 0, 0, 0, 0, 0, -51_245), 1_245n, 12)).toBe(false);
  });
});
