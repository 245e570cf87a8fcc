import { describe, expect, it } from 'vitest';
import { aprFromQuote, quoteCashFlows, type LoanQuote } from '../../../../src/lib/apr';
import { Dec } from '../../../../src/lib/money/decimal';
import { toDisplayPct } from '../../../../src/lib/money/rounding';

const D = (s: string) => new Dec(s);
const dp20 = (x: Dec) => x.toFixed(20, Dec.ROUND_HALF_UP);
const shown = (x: Dec) => toDisplayPct(x).toFixed(2);

describe('aprFromQuote: a lender quote, IRR on the money actually received', () => {
  // Reference vectors flat-01 … flat-09 (independent oracle), through the quote path.
  it.each([
    ['0.5', 12, '10.90', '11.46', '600.00'],
    ['0.6', 12, '13.03', '13.84', '720.00'],
    ['0.75', 12, '16.22', '17.48', '900.00'],
    ['0.6', 24, '13.27', '14.10', '1440.00'],
    ['0.6', 36, '13.17', '14.00', '2160.00'],
    ['0.66', 12, '14.31', '15.29', '792.00'],
  ])('等本等息 %s %% a month over %i months → %s %% APR', (fee, months, apr, eff, cost) => {
    const out = aprFromQuote({ method: 'flat-fee', principal: D('10000'), months, rate: { monthlyFeePct: D(fee) } });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(shown(out.value.nominalAprPct)).toBe(apr);
    expect(shown(out.value.effectivePct)).toBe(eff);
    expect(out.value.totalCost.toFixed(2)).toBe(cost);
    expect(out.value.periodsPerYear).toBe(12);
  });

  // Expected: Python decimal oracle on the printed (fen-rounded) schedule rows, to 20 places.
  const cases: [string, LoanQuote, string, string, string, string][] = [
    ['等额本息 12 % on 100,000, nothing deducted: the fen-rounded rows cost 11.99997…%', { method: 'equal-installment', principal: D('100000'), months: 12, rate: { annualPct: D('12') } }, '11.99997363671164288027', '12.68247360051415681515', '100000.00', '6618.53'],
    ['same loan, 3,000 service fee deducted at payout (received 97,000)', { method: 'equal-installment', principal: D('100000'), months: 12, rate: { annualPct: D('12') }, upfrontFees: [{ kind: 'service', amount: D('3000') }] }, '17.82489204955614303067', '19.35571194372470197540', '97000.00', '9618.53'],
    ['same, given as received = 97,000', { method: 'equal-installment', principal: D('100000'), months: 12, rate: { annualPct: D('12') }, received: D('97000') }, '17.82489204955614303067', '19.35571194372470197540', '97000.00', '9618.53'],
    ['等本等息 0.6 % + 10 a month membership, 500 guarantee fee up front', { method: 'flat-fee', principal: D('10000'), months: 12, rate: { monthlyFeePct: D('0.6') }, periodicFee: D('10'), upfrontFees: [{ kind: 'guarantee', amount: D('300') }, { kind: 'membership', amount: D('200') }] }, '25.08958315904521381898', '28.18559179146337282530', '9500.00', '1340.00'],
  ];
  it.each(cases)('%s', (_name, quote, nominal, effective, received, cost) => {
    const out = aprFromQuote(quote);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(dp20(out.value.nominalAprPct)).toBe(nominal);
    expect(dp20(out.value.effectivePct)).toBe(effective);
    expect(out.value.received.toFixed(2)).toBe(received);
    expect(out.value.totalCost.toFixed(2)).toBe(cost);
  });

  it('cash flows: the schedule is on the contract amount, the received money is what is left', () => {
    const out = quoteCashFlows({ method: 'flat-fee', principal: D('10000'), months: 12, rate: { monthlyFeePct: D('0.6') }, upfrontFees: [{ kind: 'interest', amount: D('500') }] });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.value.received.toFixed(2)).toBe('9500.00');
    expect(out.value.upfrontTotal.toFixed(2)).toBe('500.00');
    expect(out.value.payments.map((p) => p.toFixed(2))).toEqual([...new Array(11).fill('893.33'), '893.37']);
  });

  it.each([
    ['fees eat the whole loan', { method: 'bullet', principal: D('1000'), months: 1, rate: { monthlyPct: D('1') }, upfrontFees: [{ kind: 'interest', amount: D('1000') }] }, 'apr.quote.feesExceedPrincipal'],
    ['received disagrees with the fees', { method: 'bullet', principal: D('1000'), months: 1, rate: { monthlyPct: D('1') }, received: D('900'), upfrontFees: [{ kind: 'service', amount: D('50') }] }, 'apr.quote.receivedMismatch'],
    ['negative fee', { method: 'bullet', principal: D('1000'), months: 1, rate: { monthlyPct: D('1') }, upfrontFees: [{ kind: 'other', amount: D('-5') }] }, 'amount.negative'],
    ['bad schedule input', { method: 'equal-installment', principal: D('0'), months: 12, rate: { annualPct: D('12') } }, 'amount.notPositive'],
    ['flat fee on an amortising method', { method: 'equal-installment', principal: D('1000'), months: 12, rate: { monthlyFeePct: D('0.6') } }, 'schedule.rateKindMismatch'],
  ] as [string, LoanQuote, string][])('%s → %s', (_name, quote, code) => {
    const out = aprFromQuote(quote);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.issues.map((i) => i.code)).toContain(code);
  });
});
