import { describe, expect, it } from 'vitest';
import { Dec } from '../../../../src/lib/money/decimal';
import { applyPrepayment, buildSchedule, type Prepayment, type ScheduleInput } from '../../../../src/lib/schedule';

const base: ScheduleInput = { method: 'equal-installment', principal: new Dec('100000'), months: 12, rate: { annualPct: new Dec('12') } };
const summary = (input: ScheduleInput, p: Prepayment): string => {
  const r = applyPrepayment(input, p);
  if (!r.ok) return r.issues.map((i) => [i.field, i.code, ...Object.entries(i.params ?? {}).map(([k, v]) => `${k}=${v}`)].join(' ')).join('; ');
  const v = r.value;
  const next = v.schedule.rows[p.month]?.payment.toFixed(2) ?? '-';
  return `rows=${v.schedule.rows.length} next=${next} interest=${v.schedule.totals.interest.toFixed(2)} saved=${v.interestSaved.toFixed(2)} fee=${v.fee.toFixed(2)} net=${v.netSaving.toFixed(2)} monthsSaved=${v.monthsSaved}`;
};

describe('applyPrepayment', () => {
  it.each<[string, ScheduleInput, Prepayment, string]>([
    ['full at month 6', base, { month: 6, amount: 'full', mode: 'shorter-term' }, 'rows=6 next=- interest=4801.37 saved=1817.16 fee=0.00 net=1817.16 monthsSaved=6'],
    ['30000 at month 3, shorter term', base, { month: 3, amount: new Dec('30000'), mode: 'shorter-term' }, 'rows=9 next=7955.86 interest=4389.82 saved=2228.71 fee=0.00 net=2228.71 monthsSaved=3'],
    ['30000 at month 3, lower payment, 1 % charge', base, { month: 3, amount: new Dec('30000'), mode: 'lower-payment', feePct: new Dec('1') }, 'rows=12 next=5382.67 interest=5098.63 saved=1519.90 fee=300.00 net=1219.90 monthsSaved=0'],
    ['等额本金 shorter term', { ...base, method: 'equal-principal' }, { month: 3, amount: new Dec('30000'), mode: 'shorter-term' }, 'rows=9 next=7950.00 interest=4325.00 saved=2175.00 fee=0.00 net=2175.00 monthsSaved=3'],
    ['等额本金 lower payment', { ...base, method: 'equal-principal' }, { month: 3, amount: new Dec('30000'), mode: 'lower-payment' }, 'rows=12 next=5450.00 interest=5000.00 saved=1500.00 fee=0.00 net=1500.00 monthsSaved=0'],
    ['先息后本 lower payment', { ...base, method: 'interest-only' }, { month: 3, amount: new Dec('30000'), mode: 'lower-payment' }, 'rows=12 next=700.00 interest=9300.00 saved=2700.00 fee=0.00 net=2700.00 monthsSaved=0'],
    ['一次性 full: simple interest for 3 months', { ...base, method: 'bullet' }, { month: 3, amount: 'full', mode: 'shorter-term' }, 'rows=3 next=- interest=3000.00 saved=9000.00 fee=0.00 net=9000.00 monthsSaved=9'],
    ['等本等息 full: fees stop', { ...base, method: 'flat-fee', rate: { monthlyFeePct: new Dec('0.6') } }, { month: 3, amount: 'full', mode: 'lower-payment' }, 'rows=3 next=- interest=1800.00 saved=5400.00 fee=0.00 net=5400.00 monthsSaved=9'],
    ['periodic fee saved too', { ...base, periodicFee: new Dec('10') }, { month: 6, amount: 'full', mode: 'shorter-term' }, 'rows=6 next=- interest=4801.37 saved=1817.16 fee=0.00 net=1877.16 monthsSaved=6'],
    ['last month', base, { month: 12, amount: 'full', mode: 'shorter-term' }, 'month prepayment.monthOutOfRange min=1 max=11'],
    ['month 0', base, { month: 0, amount: 'full', mode: 'shorter-term' }, 'month prepayment.monthOutOfRange min=1 max=11'],
    ['amount ≥ balance', base, { month: 3, amount: new Dec('80000'), mode: 'shorter-term' }, 'amount prepayment.amountNotBelowBalance balance=76108.02'],
    ['amount 0', base, { month: 3, amount: new Dec('0'), mode: 'shorter-term' }, 'amount amount.notPositive'],
    ['interest-only cannot shorten', { ...base, method: 'interest-only' }, { month: 3, amount: new Dec('1000'), mode: 'shorter-term' }, 'mode prepayment.modeNotApplicable method=interest-only mode=shorter-term'],
    ['flat-fee partial', { ...base, method: 'flat-fee', rate: { monthlyFeePct: new Dec('0.6') } }, { month: 3, amount: new Dec('1000'), mode: 'lower-payment' }, 'mode prepayment.modeNotApplicable method=flat-fee mode=lower-payment'],
    ['negative charge', base, { month: 3, amount: 'full', mode: 'shorter-term', feePct: new Dec('-1') }, 'feePct rate.negative'],
    ['bad schedule input', { ...base, months: 0 }, { month: 1, amount: 'full', mode: 'shorter-term' }, 'months term.outOfRange min=1 max=600'],
  ])('%s', (_name, input, p, expected) => {
    expect(summary(input, p)).toBe(expected);
  });

  it('keeps the rows before the prepayment and repays the principal exactly', () => {
    const r = applyPrepayment(base, { month: 3, amount: new Dec('12345.67'), mode: 'shorter-term' });
    const original = buildSchedule(base);
    if (!r.ok || !original.ok) throw new Error('expected schedules');
    expect(r.value.schedule.rows.slice(0, 2).map((x) => x.payment.toFixed(2))).toEqual(original.value.rows.slice(0, 2).map((x) => x.payment.toFixed(2)));
    expect(r.value.schedule.rows[2]?.principal.minus(original.value.rows[2]!.principal).toFixed(2)).toBe('12345.67');
    expect(r.value.schedule.totals.principal.toFixed(2)).toBe('100000.00');
    expect(r.value.schedule.rows.map((x) => x.period).join(',')).toBe(Array.from({ length: r.value.schedule.rows.length }, (_, i) => i + 1).join(','));
  });
});
