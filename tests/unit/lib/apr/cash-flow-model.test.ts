import { describe, expect, it } from 'vitest';
import { buildCashFlowModel, npvDec, powInt, powIntDecimal, type TimedFlow } from '../../../../src/lib/apr/cash-flow-model';
import { Dec, ONE, ZERO } from '../../../../src/lib/money/decimal';

/** Term-by-term Appendix J sum, no runs, no Horner: the reference for the fast evaluator. */
function direct(flows: TimedFlow[], rate: Dec): Dec {
  return flows.reduce((sum, f) => sum.plus(f.amount.div(f.fraction.times(rate).plus(1).times(rate.plus(1).pow(f.t)))), ZERO);
}

const flows: TimedFlow[] = [
  { amount: new Dec('5000'), t: 0, fraction: ZERO },
  { amount: new Dec('-250'), t: 1, fraction: new Dec(19).div(30) },
  ...Array.from({ length: 22 }, (_, k) => ({ amount: new Dec('-230'), t: k + 2, fraction: new Dec(19).div(30) })),
  { amount: new Dec('-280'), t: 24, fraction: new Dec(19).div(30) },
  { amount: new Dec('-5'), t: 30, fraction: ZERO },
];

describe('cash-flow model', () => {
  it('merges equal consecutive payments into runs', () => {
    const model = buildCashFlowModel(flows);
    expect(model.runs.map((r) => [r.amount.toString(), r.t0, r.count])).toEqual([
      ['5000', 0, 1],
      ['-250', 1, 1],
      ['-230', 2, 22],
      ['-280', 24, 1],
      ['-5', 30, 1],
    ]);
    expect(model.netAtZero.toString()).toBe('-595');
    expect(model.receiptsFirst).toBe(true);
  });

  it.each(['0', '0.0083', '-0.05', '1e-13', '-3e-14', '0.7', '12'])('npvDec equals the term-by-term sum at i = %s (to 30 digits)', (r) => {
    const rate = new Dec(r);
    const a = npvDec(buildCashFlowModel(flows), rate);
    const b = direct(flows, rate);
    expect(a.minus(b).abs().lte(b.abs().plus(1).times('1e-30'))).toBe(true);
  });

  it('powInt is exact for small integers and matches pow', () => {
    expect(powInt(new Dec('1.1'), 3).toString()).toBe('1.331');
    expect(powInt(new Dec('2'), 0).toString()).toBe('1');
    const x = new Dec('1.0075');
    expect(powInt(x, 360).minus(x.pow(360)).abs().lt('1e-36')).toBe(true);
    expect(powInt(ONE, 1000).toString()).toBe('1');
  });

  it('powInt gives exactly the Dec.times squaring (every digit) on random bases and exponents', () => {
    // mulberry32, seeded: reproducible bases near 1 (discount factors, growth factors), long and short.
    let a = 20261122;
    const rnd = () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const bases = [
      new Dec('1.1'),
      new Dec('0.99999999999999999999999999999999999999999'), // 41 nines: more digits than the precision
      ONE.minus('1e-40'),
      new Dec('9.999999999999999999999999999999999999999'), // squares carry into a new digit
      new Dec('1e-30'),
      new Dec('123456789.123456789'),
    ];
    for (let k = 0; k < 300; k++) {
      const rate = new Dec(Math.floor(rnd() * 1e9)).div(10 ** (3 + Math.floor(rnd() * 12)));
      bases.push(k % 2 ? ONE.div(rate.plus(1)) : rate.plus(1));
    }
    for (const [k, x] of bases.entries()) {
      const n = k < 6 ? [2, 3, 12, 360, 1000, 5300][k % 6]! : 2 + Math.floor(rnd() * 5300);
      for (const m of [n, 2, 3, 12, 360]) expect(powInt(x, m).toString()).toBe(powIntDecimal(x, m).toString());
    }
    expect(powInt(new Dec('-1.5'), 3).toString()).toBe('-3.375');
    expect(powInt(ZERO, 5).toString()).toBe('0');
  });
});
