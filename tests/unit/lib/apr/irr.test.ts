import { describe, expect, it } from 'vitest';
import { buildCashFlowModel, npvDec, type TimedFlow } from '../../../../src/lib/apr/cash-flow-model';
import { certifyRounding, solveRate } from '../../../../src/lib/apr/irr';
import { Dec, ZERO } from '../../../../src/lib/money/decimal';

const flows = (received: string, payments: string[]): TimedFlow[] => [
  { amount: new Dec(received), t: 0, fraction: ZERO },
  ...payments.map((p, k) => ({ amount: new Dec(p).neg(), t: k + 1, fraction: ZERO })),
];
const bounds = { min: new Dec('-0.5'), max: new Dec('50') };

describe('solveRate: bracketed, certified in decimal', () => {
  it('0 % exactly when the flows sum to 0', () => {
    const out = solveRate(buildCashFlowModel(flows('300', ['100', '100', '100'])), bounds);
    expect(out.ok && out.value.rate.toString()).toBe('0');
  });

  it('a one-period loan has the exact rate: 1,000 → 1,070 is 7 %', () => {
    const out = solveRate(buildCashFlowModel(flows('1000', ['1070'])), bounds);
    expect(out.ok && out.value.rate.toFixed(35)).toBe('0.07000000000000000000000000000000000');
  });

  it('two periods by hand: 1,000 → 0 then 1,210 is 10 % a period', () => {
    const out = solveRate(buildCashFlowModel(flows('1000', ['0', '1210'])), bounds);
    expect(out.ok && out.value.rate.toFixed(35)).toBe('0.10000000000000000000000000000000000');
  });

  it('the true root lies in the certified bracket and the NPV at the estimate is ~0 at 40 digits', () => {
    const model = buildCashFlowModel(flows('8500', new Array(12).fill('1000')));
    const out = solveRate(model, bounds);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const { lo, hi, rate } = out.value;
    expect(lo.lte(rate) && rate.lte(hi)).toBe(true);
    expect(npvDec(model, lo).times(npvDec(model, hi)).lte(0)).toBe(true);
    expect(npvDec(model, rate).abs().lt('1e-30')).toBe(true);
  });

  it('certifyRounding narrows a bracket that straddles a display boundary', () => {
    // 1,000 → 1,012.35 in one period: 1.235 % a period, exactly on a 2-decimal half-up boundary of r × 100
    const model = buildCashFlowModel(flows('1000', ['1012.35']));
    const out = solveRate(model, bounds);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const wide = { ...out.value, lo: new Dec('0.0123'), hi: new Dec('0.0124'), signLo: -1 };
    const { solution: narrowed, value } = certifyRounding(model, wide, (r) => r.times(100));
    expect(value.toString()).toBe('1.235');
    expect(narrowed.rate.toString()).toBe('0.01235');
    expect(narrowed.rate.times(100).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2)).toBe('1.24');
    expect(narrowed.hi.minus(narrowed.lo).lt('1e-30')).toBe(true);
  });

  it('keeps the bracket (the same object) when both ends already round alike', () => {
    const model = buildCashFlowModel(flows('8500', new Array(12).fill('1000')));
    const out = solveRate(model, bounds);
    if (!out.ok) throw new Error('solve failed');
    const fast = certifyRounding(model, out.value, (r) => r.times(1200));
    expect(fast.solution).toBe(out.value);
    expect(fast.value.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2)).toBe('69.00');
  });

  it('outside the bounds → an issue, not a number', () => {
    const high = solveRate(buildCashFlowModel(flows('1', ['1000000'])), bounds);
    expect(!high.ok && high.issues[0]!.code).toBe('apr.rate.tooHigh');
    const low = solveRate(buildCashFlowModel(flows('1000', ['1'])), bounds);
    expect(!low.ok && low.issues[0]!.code).toBe('apr.rate.tooLow');
  });
});
