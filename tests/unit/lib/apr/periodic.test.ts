import { describe, expect, it } from 'vitest';
import { aprFromPeriodic } from '../../../../src/lib/apr';
import { Dec } from '../../../../src/lib/money/decimal';
import { toDisplayPct } from '../../../../src/lib/money/rounding';

const dp20 = (x: Dec) => x.toFixed(20, Dec.ROUND_HALF_UP);

// Expected figures: an independent Python `decimal` oracle (60 digits, 250 bisection steps), rounded to 20 places.
describe('aprFromPeriodic: equal periods, full precision', () => {
  const cases: [string, { received: string; payment: string; count: number; periodsPerYear: number }, string, string][] = [
    ['砍头息: 10,000 contract, 8,500 received, 12 × 1,000', { received: '8500', payment: '1000', count: 12, periodsPerYear: 12 }, '68.99886590755766784772', '95.59594865030076887095'],
    ['99,000 received, 12 × 8,833.33', { received: '99000', payment: '8833.33', count: 12, periodsPerYear: 12 }, '12.80444810973396649231', '13.58328392265001717747'],
    ['10,000 received, 12 × 1,000', { received: '10000', payment: '1000', count: 12, periodsPerYear: 12 }, '35.07424892296043343138', '41.29989841496152409557'],
    ['docs/fact-sheet.md §3.5: 10,000 contract, 9,000 received', { received: '9000', payment: '1000', count: 12, periodsPerYear: 12 }, '56.75479125861369646573', '74.11317807962000495334'],
    ['negative-cost promotion: 1,000 received, 12 × 82', { received: '1000', payment: '82', count: 12, periodsPerYear: 12 }, '-2.96731462990345239194', '-2.92728937403269417142'],
    ['weekly: 1,000 received, 10 × 105', { received: '1000', payment: '105', count: 10, periodsPerYear: 52 }, '46.64790966849213371928', '59.10579816055840734547'],
    ['30-year mortgage-like: 95,000, 360 × 600', { received: '95000', payment: '600', count: 360, periodsPerYear: 12 }, '6.49256207748545406702', '6.68929216929248957149'],
  ];
  it.each(cases)('%s', (_name, input, nominal, effective) => {
    const out = aprFromPeriodic({ received: new Dec(input.received), payment: new Dec(input.payment), count: input.count, periodsPerYear: input.periodsPerYear });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(dp20(out.value.nominalAprPct)).toBe(nominal);
    expect(dp20(out.value.effectivePct)).toBe(effective);
  });

  it('0 % is exactly 0 (12,000 received, 12 × 1,000)', () => {
    const out = aprFromPeriodic({ received: new Dec(12000), payment: new Dec(1000), count: 12, periodsPerYear: 12 });
    expect(out.ok && out.value.nominalAprPct.toString()).toBe('0');
    expect(out.ok && out.value.effectivePct.toString()).toBe('0');
    expect(out.ok && out.value.totalCost.toString()).toBe('0');
  });

  it('the payments list form equals the count form, and reports totals', () => {
    const list = aprFromPeriodic({ received: new Dec(8500), payments: new Array(12).fill(new Dec(1000)) });
    const count = aprFromPeriodic({ received: new Dec(8500), payment: new Dec(1000), count: 12, periodsPerYear: 12 });
    expect(list.ok && count.ok && list.value.nominalAprPct.eq(count.value.nominalAprPct)).toBe(true);
    expect(list.ok && list.value.totalPaid.toFixed(2)).toBe('12000.00');
    expect(list.ok && list.value.totalCost.toFixed(2)).toBe('3500.00');
    expect(list.ok && list.value.periodsPerYear).toBe(12);
  });

  it('a fee taken with the first instalment (vector flat-10) shows as 13.86 %', () => {
    const payments = [new Dec('1553.333333333333333333'), ...new Array(11).fill(new Dec('833.333333333333333333'))];
    const out = aprFromPeriodic({ received: new Dec(10000), payments, periodsPerYear: 12 });
    expect(out.ok && toDisplayPct(out.value.nominalAprPct).toFixed(2)).toBe('13.86');
    expect(out.ok && toDisplayPct(out.value.effectivePct).toFixed(2)).toBe('14.77');
  });
});

describe('aprFromPeriodic: issues, never exceptions', () => {
  const D = (s: string) => new Dec(s);
  const cases: [string, Parameters<typeof aprFromPeriodic>[0], string][] = [
    ['nothing received', { received: D('0'), payment: D('100'), count: 12, periodsPerYear: 12 }, 'amount.notPositive'],
    ['negative received', { received: D('-5'), payment: D('100'), count: 12, periodsPerYear: 12 }, 'amount.notPositive'],
    ['NaN received', { received: D('NaN'), payment: D('100'), count: 12, periodsPerYear: 12 }, 'amount.invalid'],
    ['nothing repaid', { received: D('1000'), payment: D('0'), count: 12, periodsPerYear: 12 }, 'apr.payments.none'],
    ['negative payment', { received: D('1000'), payments: [D('100'), D('-1')] }, 'amount.negative'],
    ['empty payments', { received: D('1000'), payments: [] }, 'apr.count.outOfRange'],
    ['count 0', { received: D('1000'), payment: D('100'), count: 0, periodsPerYear: 12 }, 'apr.count.outOfRange'],
    ['count 1.5', { received: D('1000'), payment: D('100'), count: 1.5, periodsPerYear: 12 }, 'apr.count.outOfRange'],
    ['periods per year 0', { received: D('1000'), payment: D('100'), count: 12, periodsPerYear: 0 }, 'apr.periodsPerYear.invalid'],
    ['periods per year NaN', { received: D('1000'), payment: D('100'), count: 12, periodsPerYear: Number.NaN }, 'apr.periodsPerYear.invalid'],
    ['absurd: 1,000 → 1,000,000 in a month', { received: D('1000'), payment: D('1000000'), count: 1, periodsPerYear: 12 }, 'apr.rate.tooHigh'],
    ['absurd gift: 1,000 → 0.01 over a year', { received: D('1000'), payment: D('0.01'), count: 1, periodsPerYear: 1 }, 'apr.rate.tooLow'],
    ['amount beyond 10^12', { received: D('1e13'), payment: D('1'), count: 1, periodsPerYear: 1 }, 'amount.tooLarge'],
  ];
  it.each(cases)('%s → %s', (_name, input, code) => {
    const out = aprFromPeriodic(input);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.issues.map((i) => i.code)).toContain(code);
  });
});
