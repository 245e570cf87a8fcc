import { describe, expect, it } from 'vitest';
import { vector } from '../../vectors/by-id';
import { readFileSync } from 'node:fs';
import {
  SCHEDULE_DEFAULTS,
  computeSchedule,
  rateKeyIn,
  readPrepaymentForm,
  readScheduleForm,
  readStartMonth,
  switchRateKey,
  type ScheduleValues,
} from '../../../src/islands/schedule/schedule-form';

const form = (changes: Partial<ScheduleValues>): ScheduleValues => ({ ...SCHEDULE_DEFAULTS, ...changes });
const codes = (outcome: { ok: boolean; issues?: { field?: string; code: string }[] }) =>
  outcome.ok ? [] : (outcome.issues ?? []).map((i) => `${i.field}:${i.code}`);

describe('readScheduleForm', () => {
  it.each([
    ['annual', { amount: '100000', months: '12', annualPct: '12' }, 'equal-installment 100000 12 {"annualPct":"12"}'],
    ['1万 and full-width', { amount: '1万', months: '１２', monthlyPct: '1%' }, 'equal-installment 10000 12 {"monthlyPct":"1"}'],
    ['daily 365', { amount: '10000', months: '1年', dailyPct: '万五', dayBasis: '365' }, 'equal-installment 10000 12 {"dailyPct":"0.05","dayBasis":365}'],
    ['daily 360', { amount: '10000', months: '12期', dailyPct: '0.05' }, 'equal-installment 10000 12 {"dailyPct":"0.05","dayBasis":360}'],
    ['daily, link without dayBasis', { amount: '10000', months: '12', dailyPct: '0.05', dayBasis: '' }, 'equal-installment 10000 12 {"dailyPct":"0.05","dayBasis":360}'],
    ['flat fee', { amount: '¥20,000', months: '24', method: 'flat-fee', monthlyFeePct: '0.6' }, 'flat-fee 20000 24 {"monthlyFeePct":"0.6"}'],
    ['unknown method reads as default', { amount: '1000', months: '3', method: 'weird', annualPct: '5' }, 'equal-installment 1000 3 {"annualPct":"5"}'],
  ])('%s', (_name, values, expected) => {
    const read = readScheduleForm(form(values));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const v = read.value;
    expect(`${v.method} ${v.principal.toFixed()} ${v.months} ${JSON.stringify(v.rate)}`).toBe(expected);
  });

  it('passes the optional periodic fee and start month', () => {
    const read = readScheduleForm(form({ amount: '5000', months: '6', annualPct: '10', periodicFee: '１０', startMonth: '2026年3月' }));
    expect(read.ok && `${read.value.periodicFee?.toFixed()} ${read.value.startMonth}`).toBe('10 2026-03');
  });

  it.each([
    ['empty form', {}, ['amount:amount.required', 'months:term.required', 'annualPct:rate.required']],
    ['bad figures', { amount: '1万5', months: '1.5', annualPct: 'abc' }, ['amount:amount.ambiguous', 'months:term.notWholeMonths', 'annualPct:rate.invalid']],
    ['period stated against the field', { amount: '100', months: '3', annualPct: '日息0.05%' }, ['annualPct:rate.kindMismatch']],
    ['negative fee', { amount: '100', months: '3', annualPct: '5', periodicFee: '-3' }, ['periodicFee:amount.negative']],
    ['unknown day basis', { amount: '100', months: '3', dailyPct: '0.05', dayBasis: '300' }, []],
  ])('%s → %j', (_name, values, expected) => {
    expect(codes(readScheduleForm(form(values)))).toEqual(expected);
  });
});

describe('computeSchedule', () => {
  it.each([
    // Reference vectors (tests/vectors/engine.json): ann-01, ep-01, io-01, daily-02, daily-03.
    ['ann-01', { amount: '100000', months: '12', annualPct: '12' }],
    ['ep-01', { amount: '1000000', months: '360', method: 'equal-principal', annualPct: '4.9' }],
    ['io-01', { amount: '50000', months: '12', method: 'interest-only', annualPct: '7.2' }],
    ['daily-02', { amount: '10000', months: '12', dailyPct: '0.05', dayBasis: '360' }],
    ['daily-03', { amount: '10000', months: '12', dailyPct: '0.05', dayBasis: '365' }],
    ['half-fen-io-01', { amount: '6006', months: '12', method: 'interest-only', annualPct: '13' }],
  ])('%s, typed into the form, gives the vector figures', (id, values) => {
    const out = computeSchedule(form(values));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const { rows, totals } = out.value.schedule;
    const v = vector(id);
    const actual: Record<string, string> = { firstPayment: rows[0]!.payment.toFixed(2), lastPayment: rows.at(-1)!.payment.toFixed(2), totalInterest: totals.interest.toFixed(2), totalPaid: totals.payment.toFixed(2) };
    for (const field of Object.keys(actual)) if (!(field in v.expect)) delete actual[field];
    expect(actual).toEqual(Object.fromEntries(Object.keys(actual).map((f) => [f, v.expect[f]])));
    expect(rows.length).toBe(v.input.months);
  });

  it.each([
    ['flat-fee with an interest rate', { amount: '1000', months: '12', method: 'flat-fee', annualPct: '12' }, ['annualPct:schedule.rateKindMismatch']],
    ['monthly fee on another method', { amount: '1000', months: '12', monthlyFeePct: '0.5' }, ['monthlyFeePct:schedule.rateKindMismatch']],
    ['unknown day basis', { amount: '100', months: '3', dailyPct: '0.05', dayBasis: '300' }, ['dailyPct:rate.dayBasisInvalid']],
    ['bad start month', { amount: '100', months: '3', annualPct: '5', startMonth: '2026-13' }, ['startMonth:date.invalid']],
    ['start month in year 9999', { amount: '100', months: '3', annualPct: '5', startMonth: '9999-01' }, ['startMonth:date.outOfRange']],
    ['start month before 1900', { amount: '100', months: '3', annualPct: '5', startMonth: '1800-01' }, ['startMonth:date.outOfRange']],
    ['a superscript amount (10⁴ is not 104)', { amount: '10⁴', months: '3', annualPct: '5' }, ['amount:amount.invalid']],
    ['too much', { amount: '2万亿', months: '3', annualPct: '5' }, ['amount:amount.tooLarge']],
    ['loan and scenario problems together', { amount: '', months: '3', annualPct: '5', prepayMonth: 'x' }, ['amount:amount.required', 'prepayMonth:term.invalid']],
  ])('%s → %j', (_name, values, expected) => {
    expect(codes(computeSchedule(form(values)))).toEqual(expected);
  });

  it('early repayment in full at month 6 saves six payments', () => {
    const out = computeSchedule(form({ amount: '100000', months: '12', annualPct: '12', prepayMonth: '6' }));
    const p = out.ok ? out.value.prepayment : undefined;
    expect(p?.ok && `${p.value.monthsSaved} ${p.value.prepaidAmount.toFixed(2)} ${p.value.interestSaved.toFixed(2)}`).toBe('6 51492.09 1817.16');
    expect(out.ok && out.value.prepayAt).toBe(6);
  });

  it('partial early repayment, lower payment, with a 2 % charge', () => {
    const out = computeSchedule(
      form({ amount: '100000', months: '12', annualPct: '12', prepayMonth: '6', prepay: 'part', prepayAmount: '2万', prepayMode: 'lower-payment', prepayFeePct: '2' }),
    );
    const p = out.ok ? out.value.prepayment : undefined;
    expect(p?.ok && `${p.value.monthsSaved} ${p.value.fee.toFixed(2)} ${p.value.schedule.rows.length}`).toBe('0 400.00 12');
  });

  it.each([
    ['period past the end', { prepayMonth: '12' }, ['prepayMonth:prepayment.monthOutOfRange']],
    ['amount not below the balance', { prepayMonth: '6', prepay: 'part', prepayAmount: '60000' }, ['prepayAmount:prepayment.amountNotBelowBalance']],
    ['mode the method does not have', { method: 'interest-only', prepayMonth: '6', prepay: 'part', prepayAmount: '100', prepayMode: 'shorter-term' }, ['prepayMode:prepayment.modeNotApplicable']],
    ['charge above 100 %', { prepayMonth: '6', prepayFeePct: '150' }, ['prepayFeePct:rate.tooHigh']],
    ['empty partial amount', { prepayMonth: '6', prepay: 'part' }, ['prepayAmount:amount.required']],
  ])('scenario: %s → %j', (_name, values, expected) => {
    const out = computeSchedule(form({ amount: '100000', months: '12', annualPct: '12', ...values }));
    expect(out.ok).toBe(true);
    expect(out.ok && out.value.prepayment ? codes(out.value.prepayment) : 'no scenario').toEqual(expected);
  });

  it('compares a second method on the same loan, and says why a flat-fee comparison needs a fee rate', () => {
    const out = computeSchedule(form({ amount: '100000', months: '12', annualPct: '12', compare: 'equal-principal' }));
    const c = out.ok ? out.value.comparison : undefined;
    expect(c?.method).toBe('equal-principal');
    expect(c?.outcome.ok && c.outcome.value.totals.interest.toFixed(2)).toBe('6500.00');
    const flat = computeSchedule(form({ amount: '100000', months: '12', annualPct: '12', compare: 'flat-fee' }));
    expect(flat.ok && flat.value.comparison ? codes(flat.value.comparison.outcome) : undefined).toEqual(['annualPct:schedule.rateKindMismatch']);
    const none = computeSchedule(form({ amount: '100000', months: '12', annualPct: '12', compare: '' }));
    expect(none.ok && none.value.comparison).toBeUndefined();
  });
});

describe('form helpers', () => {
  it.each([
    ['2026-03', '2026-03'],
    ['2026-3', '2026-03'],
    ['２０２６/３', '2026-03'],
    ['2026年12月', '2026-12'],
    ['2026.1', '2026-01'],
    ['March', 'March'],
  ])('start month %s → %s', (text, expected) => expect(readStartMonth(text)).toBe(expected));

  it('finds the rate field in use and moves the figure when the kind changes', () => {
    expect(rateKeyIn(form({}))).toBeUndefined();
    expect(rateKeyIn(form({ dailyPct: '0.05' }))).toBe('dailyPct');
    expect(switchRateKey(form({ annualPct: '18' }), 'annualPct', 'monthlyPct')).toEqual({ annualPct: '', monthlyPct: '18' });
    expect(switchRateKey(form({ annualPct: '18' }), 'annualPct', 'annualPct')).toEqual({});
  });

  it('the scenario is off until a period is given', () => {
    expect(readPrepaymentForm(form({}))).toBeUndefined();
    const read = readPrepaymentForm(form({ prepayMonth: '第6期'.replace('第', ''), prepayMode: 'bogus' }));
    expect(read?.ok && `${read.value.month} ${String(read.value.amount)} ${read.value.mode}`).toBe('6 full shorter-term');
  });
});

describe('every issue this form can raise has words', () => {
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  const CODES = [
    'amount.required', 'amount.invalid', 'amount.ambiguous', 'amount.negative', 'amount.notPositive', 'amount.tooLarge', 'amount.tooPrecise',
    'term.required', 'term.invalid', 'term.notWholeMonths', 'term.outOfRange',
    'rate.required', 'rate.invalid', 'rate.ambiguous', 'rate.kindMismatch', 'rate.negative', 'rate.tooHigh', 'rate.dayBasisInvalid',
    'date.invalid', 'schedule.rateKindMismatch',
    'prepayment.monthOutOfRange', 'prepayment.amountNotBelowBalance', 'prepayment.modeNotApplicable', 'prepayment.nothingOwed',
  ];
  it.each(['zh-Hans', 'en'])('%s', (lang) => {
    const words = { ...read(`src/i18n/ui/calc-common/${lang}.json`), ...read(`src/i18n/ui/calc-schedule/${lang}.json`) };
    expect(CODES.filter((code) => words[`issue.${code}`] === undefined)).toEqual([]);
  });
});
