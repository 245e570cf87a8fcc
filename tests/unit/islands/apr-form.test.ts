import { describe, expect, it } from 'vitest';
import { APR_DEFAULTS, computeApr, decodeFlows, encodeFlows, rateKeyOf, rowsFromPastedText, type AprValues } from '../../../src/islands/apr/apr-form';
import { toDisplayPct, toFen } from '../../../src/lib/money/rounding';
import { aprFromDatedFlows } from '../../../src/lib/apr/dated-flows';
import { checkLegalLines } from '../../../src/lib/legal';
import { expected, vector } from '../../vectors/by-id';

const engine = { aprFromDatedFlows, checkLegalLines };

const form = (changes: Partial<AprValues>): AprValues => ({ ...APR_DEFAULTS, ...changes });
const figures = (values: AprValues, mode: 'quote' | 'flows' = 'quote') => {
  const outcome = computeApr(values, mode, engine);
  if (!outcome.ok) return { issues: outcome.issues.map((i) => `${i.field}:${i.code}`) };
  const r = outcome.value.result;
  return {
    aprPct: toDisplayPct(r.nominalAprPct).toFixed(2),
    effectivePct: toDisplayPct(r.effectivePct).toFixed(2),
    totalCost: toFen(r.totalCost).toFixed(2),
    ...(r.aprcPct ? { aprcPct: toDisplayPct(r.aprcPct).toFixed(2) } : {}),
  };
};

describe('APR form → engine (figures from tests/vectors/engine.json)', () => {
  it.each([
    ['flat-02: 1万, 0.6 % monthly fee, 12 months', { amount: '1万', months: '12', method: 'flat-fee', monthlyFeePct: '0.6' }, { aprPct: expected('flat-02', 'aprPct'), effectivePct: expected('flat-02', 'effectivePct'), totalCost: expected('flat-02', 'totalFee') }],
    ['flat-04 typed with full-width digits', { amount: '１００００', months: '２４期', method: 'flat-fee', monthlyFeePct: '０.６%' }, { aprPct: expected('flat-04', 'aprPct'), effectivePct: expected('flat-04', 'effectivePct'), totalCost: expected('flat-04', 'totalFee') }],
    ['daily-02: 日息0.05% on a 360-day basis', { amount: '10,000', months: '12', dailyPct: '日息0.05%', dayBasis: '360' }, { aprPct: expected('daily-02', 'aprPct'), effectivePct: expected('daily-02', 'effectivePct'), totalCost: expected('daily-02', 'totalInterest') }],
    ['0 % loan', { amount: '5千', months: '6', annualPct: '0' }, { aprPct: '0.00', effectivePct: '0.00', totalCost: '0.00' }],
  ])('%s', (_, values, expected) => {
    expect(figures(form(values))).toEqual(expected);
  });

  it('counts money deducted up front: received 8,500 on a 10,000 contract costs more than 10,000 received', () => {
    const base = { amount: '10000', months: '12', method: 'flat-fee', monthlyFeePct: '0.6' };
    const full = figures(form(base));
    const cut = figures(form({ ...base, upfrontFee: '1500' }));
    expect('aprPct' in full && 'aprPct' in cut && Number(cut.aprPct) > Number(full.aprPct)).toBe(true);
  });

  it('daily-01 in flows mode: EU APRC 19.86 %', () => {
    expect(figures(form({ flows: '2025-03-01:5000,2025-03-31:-5075' }), 'flows')).toMatchObject({ aprcPct: expected('daily-01', 'aprPct') });
  });

  it.each([
    ['empty form', {}, ['amount:amount.required', 'months:term.required', 'annualPct:rate.required']],
    ['ambiguous amount', { amount: '1.234,56', months: '12', annualPct: '10' }, ['amount:amount.ambiguous']],
    ['a daily rate typed in the annual field', { amount: '1000', months: '12', annualPct: '日息0.05%' }, ['annualPct:rate.kindMismatch']],
    ['a 700-month term', { amount: '1000', months: '700', annualPct: '10' }, ['months:term.outOfRange']],
    ['a contract date that does not exist', { amount: '1000', months: '12', annualPct: '10', contractDate: '2025-02-30' }, ['contractDate:date.notACalendarDate']],
  ])('%s → issues on the right fields', (_, values, expected) => {
    expect(figures(form(values))).toEqual({ issues: expected });
  });

  it('adds the legal-line verdict when a contract date is given', () => {
    const outcome = computeApr(form({ amount: '10000', months: '12', method: 'flat-fee', monthlyFeePct: '0.6', contractDate: '2025-06-01', lender: 'private' }), 'quote', engine);
    expect(outcome.ok && outcome.value.verdict?.lines.map((l) => l.id)).toEqual(['fourTimesLpr', 'annual24', 'annual36']);
  });
});

it('a contract date after the LPR data still gets a verdict, 4 × LPR marked as assumed; a typed LPR replaces the assumption', () => {
  const values = form({ amount: '10000', months: '12', annualPct: '10', contractDate: '2099-01-01', lender: 'private' });
  const assumed = computeApr(values, 'quote', engine);
  expect(assumed.ok && assumed.value.verdict?.lines[0]?.assumedLpr).toBe('latest');
  const typed = computeApr({ ...values, lpr: '3.5%' }, 'quote', engine);
  expect(typed.ok && typed.value.verdict?.lines[0]?.thresholdPct?.toFixed(2)).toBe('14.00');
  expect(computeApr({ ...values, lpr: 'abc' }, 'quote', engine)).toMatchObject({ ok: false, issues: [{ field: 'lpr' }] });
});

it('a contract date after today is a typo, said next to the date', () => {
  const out = computeApr(form({ amount: '10000', months: '12', annualPct: '10', contractDate: '2026-10-01' }), 'quote', { ...engine, today: '2026-09-30' });
  expect(out).toMatchObject({ ok: false, issues: [{ field: 'contractDate', code: 'apr.contractDate.future' }] });
});

describe('the loan as an app shows it (payment mode)', () => {
  const pay = (changes: Partial<AprValues>) => computeApr(form(changes), 'payment', engine);
  const apr = (o: ReturnType<typeof pay>) => (o.ok ? toDisplayPct(o.value.result.nominalAprPct).toFixed(2) : o.issues.map((i) => `${i.field}:${i.code}`).join(' '));
  it('借款 1万, 到手 九千, 十二期, 每期 壹仟元 → 56.75 % (the fact sheet’s worked example), also by total repaid', () => {
    expect(apr(pay({ amount: '1万', received: '九千', months: '十二期', payment: '壹仟元' }))).toBe('56.75');
    expect(apr(pay({ amount: '10000', received: '9000', months: '12', totalRepaid: '12000' }))).toBe('56.75');
    expect(apr(pay({ amount: '10000', upfrontFee: '1000', months: '12', payment: '1000' }))).toBe('56.75');
    const out = pay({ amount: '10000', received: '9000', months: '12', payment: '1000' });
    expect(out.ok && [out.value.payment?.toFixed(2), out.value.result.totalPaid.toFixed(2), out.value.result.totalCost.toFixed(2)]).toEqual(['1000.00', '12000.00', '3000.00']);
  });
  it.each(['upfront-01', 'upfront-02', 'upfront-03'])('the periodic vector %s with one equal payment reproduces', (id) => {
    const v = vector(id);
    const p = (v.input as { periodic?: { received: string; payment?: string; count: number; periodsPerYear: number } }).periodic;
    if (!p?.payment || p.periodsPerYear !== 12) return;
    expect(apr(pay({ amount: p.received, received: p.received, months: String(p.count), payment: p.payment }))).toBe(v.expect.aprPct);
  });
  it('weekly and daily terms: 4 weekly payments; one repayment after 30 days', () => {
    const weekly = pay({ amount: '1000', months: '4', termUnit: 'week', payment: '260' });
    expect(weekly.ok && weekly.value.result.periodsPerYear.toString()).toBe('52');
    const daily = pay({ amount: '1000', months: '30天', termUnit: 'day', payment: '1015' });
    expect(daily.ok && daily.value.result.totalCost.toFixed(2)).toBe('15.00');
    expect(apr(daily)).toBe('18.25'); // 1.5 % over 30 days × 365/30
  });
  it('guards: 到手 above 借款; payment and total that disagree; nothing to repay; a fee with the first payment counts', () => {
    expect(apr(pay({ amount: '9000', received: '10000', months: '12', payment: '1000' }))).toBe('received:apr.received.aboveAmount');
    expect(apr(pay({ amount: '10000', months: '12', payment: '1000', totalRepaid: '11000' }))).toBe('totalRepaid:apr.payment.totalMismatch');
    expect(apr(pay({ amount: '10000', months: '12' }))).toBe('payment:apr.payment.required');
    const plain = pay({ amount: '10000', months: '12', payment: '900' });
    const fee = pay({ amount: '10000', months: '12', payment: '900', firstFee: '500' });
    expect(plain.ok && fee.ok && fee.value.result.nominalAprPct.gt(plain.value.result.nominalAprPct)).toBe(true);
  });
  it('probable typos are checks beside the figure, not errors: 日息 5 %, an effective rate above 1,000 %', () => {
    const daily = computeApr(form({ amount: '1000', months: '1', dailyPct: '5' }), 'quote', engine);
    expect(daily.ok && daily.value.checks?.map((c) => c.code)).toEqual(['apr.check.dailyRateHigh', 'apr.check.effectiveHuge']);
  });
});

it('says the verdict or the flows result is pending while that part of the engine loads', () => {
  const quote = computeApr(form({ amount: '10000', months: '12', annualPct: '10', contractDate: '2025-06-01' }), 'quote', {});
  expect(quote.ok && quote.value.verdictPending).toBe(true);
  expect(computeApr(form({ flows: '2025-03-01:5000,2025-03-31:-5075' }), 'flows', {})).toEqual({ ok: false, issues: [], pending: true });
});

describe('flows encoding', () => {
  it('round-trips rows, keeping a typed comma', () => {
    const rows = [{ date: '2025-03-01', amount: '5,000' }, { date: '2025-03-31', amount: '-5075' }];
    expect(encodeFlows(rows)).toBe('2025-03-01:5%2C000,2025-03-31:-5075');
    expect(decodeFlows(encodeFlows(rows))).toEqual(rows);
  });
  it('reads a table pasted from a spreadsheet, skipping the header', () => {
    expect(rowsFromPastedText('日期\t金额\n2025-03-01\t5000\n2025-03-31\t-5,075\n')).toEqual([
      { date: '2025-03-01', amount: '5000' },
      { date: '2025-03-31', amount: '-5,075' },
    ]);
    expect(rowsFromPastedText('2025/3/1 5000\n2025/3/31, -5075')).toEqual([
      { date: '2025/3/1', amount: '5000' },
      { date: '2025/3/31', amount: '-5075' },
    ]);
  });
  it('picks the rate field in use', () => expect(rateKeyOf(form({ dailyPct: '0.05' }))).toBe('dailyPct'));
});
