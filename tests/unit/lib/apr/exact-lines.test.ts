import { describe, expect, it } from 'vitest';
import { aprFromDatedFlows, aprFromPeriodic, aprFromQuote, type AprResult } from '../../../../src/lib/apr';
import { checkLegalLines, type LegalLineId, type LenderType } from '../../../../src/lib/legal';
import { APR_DEFAULTS, computeApr, type AprValues } from '../../../../src/islands/apr/apr-form';
import { Dec } from '../../../../src/lib/money/decimal';
import { toDisplayPct } from '../../../../src/lib/money/rounding';
import type { Outcome } from '../../../../src/lib/errors';

/**
 * Loans whose APR is EXACTLY a legal line or a half-up display boundary. The rate is a rational number
 * and the NPV at it is exactly 0, so the APR must come out as that number: "at the line" is not
 * "above it" (checkLegalLines: above means strictly above), and x.xx5 % rounds up.
 */
const D = (x: string | number | bigint) => new Dec(x.toString());
const yuan = (fen: bigint) => D(fen).div(100);
const shown = (x: Dec) => toDisplayPct(x).toFixed(2);

function reduced(p: bigint, q: bigint): [bigint, bigint] {
  let [a, b] = [p < 0n ? -p : p, q];
  while (b) [a, b] = [b, a % b];
  return [p / a, q / a];
}

/**
 * n equal payments whose periodic rate is exactly linePct / (100 · ppy) = p/q: with a = q + p,
 * payment = a^n fen and received = Σ_{t=1..n} a^(n−t) q^t fen, so the NPV at p/q is exactly 0.
 */
function exactAnnuity(linePct: string, ppy: number, n: number): { received: Dec; payment: Dec } {
  const line = D(linePct);
  const scale = 10n ** BigInt(line.decimalPlaces());
  const [p, q] = reduced(BigInt(line.times(scale.toString()).toFixed()), 100n * BigInt(ppy) * scale);
  const a = q + p;
  let received = 0n;
  for (let t = 1; t <= n; t++) received += a ** BigInt(n - t) * q ** BigInt(t);
  expect(a ** BigInt(n)).toBeLessThan(10n ** 14n); // within the engine's 10^12 yuan
  return { received: yuan(received), payment: yuan(a ** BigInt(n)) };
}

function value<T>(out: Outcome<T>): T {
  if (!out.ok) throw new Error(JSON.stringify(out.issues));
  return out.value;
}

const position = (aprPct: Dec, id: LegalLineId, contractDate: string, lender: LenderType, typedLprPct?: Dec) => {
  const verdict = value(checkLegalLines({ aprPct, contractDate, lender, ...(typedLprPct ? { typedLprPct } : {}) }));
  const line = verdict.lines.find((l) => l.id === id)!;
  return line.position === 'above' ? `above by ${shown(line.excessPct!)}` : line.position;
};

/** The line's id and a contract date on which it has that threshold (4 × 3.00 % = 12 % from 2025-05-20). */
const LINE_OF: Record<string, { id: LegalLineId; date: string; lender: LenderType; typedLprPct?: Dec }> = {
  '24': { id: 'annual24', date: '2019-05-01', lender: 'private' },
  '36': { id: 'annual36', date: '2019-05-01', lender: 'private' },
  '12': { id: 'fourTimesLpr', date: '2025-06-01', lender: 'private' },
  // typed LPRs, for a contract date after the data ends
  '12.5': { id: 'fourTimesLpr', date: '2031-01-01', lender: 'private', typedLprPct: D('3.125') },
  '12.4936': { id: 'fourTimesLpr', date: '2031-01-01', lender: 'private', typedLprPct: D('3.1234') },
  '11.999996': { id: 'fourTimesLpr', date: '2031-01-01', lender: 'licensed', typedLprPct: D('2.999999') },
};

function expectExactlyOnLine(result: AprResult, linePct: string) {
  const line = LINE_OF[linePct]!;
  expect(result.nominalAprPct.toFixed()).toBe(D(linePct).toFixed());
  expect(shown(result.nominalAprPct)).toBe(D(linePct).toFixed(2));
  expect(position(result.nominalAprPct, line.id, line.date, line.lender, line.typedLprPct)).toBe('atOrBelow');
}

/** One fen more on the last payment is above the line, one fen less at or below it. */
function expectNeighbours(received: Dec, payments: Dec[], ppy: number | Dec, linePct: string) {
  const line = LINE_OF[linePct]!;
  const last = payments.length - 1;
  const more = value(aprFromPeriodic({ received, payments: payments.map((p, k) => (k === last ? p.plus('0.01') : p)), periodsPerYear: ppy }));
  const less = value(aprFromPeriodic({ received, payments: payments.map((p, k) => (k === last ? p.minus('0.01') : p)), periodsPerYear: ppy }));
  expect(more.nominalAprPct.gt(linePct)).toBe(true);
  expect(less.nominalAprPct.lt(linePct)).toBe(true);
  expect(position(more.nominalAprPct, line.id, line.date, line.lender, line.typedLprPct)).toMatch(/^above by \d+\.\d\d$/);
  expect(position(less.nominalAprPct, line.id, line.date, line.lender, line.typedLprPct)).toBe('atOrBelow');
}

describe('an APR exactly on a legal line is on it, not above', () => {
  it.each([
    ['borrow 100, repay 102 after a month', '100', '102', 12, '24'],
    ['borrow 100, repay 103 after a month', '100', '103', 12, '36'],
    ['borrow 100, repay 101 after a month (4 × LPR 3.00 %)', '100', '101', 12, '12'],
    ['typed LPR 3.125 %: borrow 960, repay 970', '960', '970', 12, '12.5'],
    ['typed LPR 3.1234 %: borrow 15,000, repay 15,156.17', '15000', '15156.17', 12, '12.4936'],
    ['typed LPR 2.999999 %: borrow 3,000,000, repay 3,029,999.99', '3000000', '3029999.99', 12, '11.999996'],
    ['a week: borrow 6,500, repay 6,530', '6500', '6530', 52, '24'],
    ['a day: borrow 9,125, repay 9,134', '9125', '9134', 365, '36'],
  ])('one payment: %s', (_name, received, repaid, ppy, linePct) => {
    const result = value(aprFromPeriodic({ received: D(received), payments: [D(repaid)], periodsPerYear: ppy }));
    expectExactlyOnLine(result, linePct);
    expectNeighbours(D(received), [D(repaid)], ppy, linePct);
  });

  it.each([
    ['24', 12, 3],
    ['24', 12, 6],
    ['36', 12, 3],
    ['12', 12, 4],
    ['12.5', 12, 2],
    ['24', 52, 2],
    ['36', 52, 2],
    ['24', 26, 3],
    ['36', 365, 2],
    ['24', 365, 3],
  ])('equal payments at exactly %s percent, %i periods a year, %i payments', (linePct, ppy, n) => {
    const { received, payment } = exactAnnuity(linePct, ppy, n);
    const payments = new Array<Dec>(n).fill(payment);
    expectExactlyOnLine(value(aprFromPeriodic({ received, payment, count: n, periodsPerYear: ppy })), linePct);
    expectExactlyOnLine(value(aprFromPeriodic({ received, payments, periodsPerYear: ppy })), linePct);
    expectNeighbours(received, payments, ppy, linePct);
  });

  it('equal principal at exactly 2 % a month: 12,000 over 12 months (NPV at 24 % is exactly 0)', () => {
    const payments = Array.from({ length: 12 }, (_, k) => D(1000).plus(D(12000 - 1000 * k).times('0.02')));
    expectExactlyOnLine(value(aprFromPeriodic({ received: D(12000), payments })), '24');
    expectNeighbours(D(12000), payments, 12, '24');
  });

  it.each([
    ['7 days: borrow 9,125, repay 9,188', '9125', '9188', 7, '36'],
    ['30 days: borrow 365, repay 372.20', '365', '372.20', 30, '24'],
    ['14 days: borrow 36,500, repay 36,836', '36500', '36836', 14, '24'],
  ])('a term of days (365/n periods a year): %s', (_name, received, repaid, days, linePct) => {
    const ppy = D(365).div(days);
    expectExactlyOnLine(value(aprFromPeriodic({ received: D(received), payments: [D(repaid)], periodsPerYear: ppy })), linePct);
    expectNeighbours(D(received), [D(repaid)], ppy, linePct);
  });

  it('dated flows, a single 30-day term: the Reg Z APR is exactly 24 %', () => {
    const result = value(aprFromDatedFlows({ flows: [{ date: '2025-03-01', amount: D(365) }, { date: '2025-03-31', amount: D('-372.20') }] }));
    expect(result.regzAprPct.toFixed()).toBe('24');
    expect(position(result.regzAprPct, 'annual24', '2025-03-01', 'licensed')).toBe('atOrBelow');
  });
});

describe('the quote path: a lender quote at exactly the line', () => {
  it.each([
    ['等额本息 24 % a year, 1 month, 100', { method: 'equal-installment', principal: D(100), months: 1, rate: { annualPct: D(24) } }],
    ['等额本金 24 % a year, 12 months, 12,000', { method: 'equal-principal', principal: D(12000), months: 12, rate: { annualPct: D(24) } }],
    ['先息后本 2 % a month, 6 months, 5,000', { method: 'interest-only', principal: D(5000), months: 6, rate: { monthlyPct: D(2) } }],
    ['到期还本付息 24 % a year, 1 month, 100', { method: 'bullet', principal: D(100), months: 1, rate: { annualPct: D(24) } }],
  ] as const)('%s: exactly 24 percent', (_name, quote) => {
    expectExactlyOnLine(value(aprFromQuote({ ...quote, rate: { ...quote.rate } })), '24');
  });

  const form = (changes: Partial<AprValues>): AprValues => ({ ...APR_DEFAULTS, ...changes });
  const verdictOf = (values: AprValues, mode: 'quote' | 'payment') => {
    const out = computeApr(values, mode, { checkLegalLines, today: '2026-11-30' });
    if (!out.ok) throw new Error(JSON.stringify(out.issues));
    const { result, verdict, checks } = out.value;
    return {
      apr: shown(result.nominalAprPct),
      lines: verdict!.lines.map((l) => `${l.id} ${l.position === 'above' ? `above by ${shown(l.excessPct!)}` : l.position}`),
      effectiveHuge: (checks ?? []).some((c) => c.code === 'apr.check.effectiveHuge'),
    };
  };

  it('the form, quote mode: 12,000 equal principal at 24 %, private loan of 2019: on the 24 % line', () => {
    expect(verdictOf(form({ amount: '12000', months: '12', method: 'equal-principal', annualPct: '24', contractDate: '2019-05-01', lender: 'private' }), 'quote')).toEqual({
      apr: '24.00',
      lines: ['fourTimesLpr undefined', 'annual24 atOrBelow', 'annual36 atOrBelow'],
      effectiveHuge: false,
    });
  });

  it('the form, payment mode: 100 → 101 after a month, private loan of 2025: on 4 × LPR (12 %)', () => {
    expect(verdictOf(form({ amount: '100', months: '1', payment: '101', contractDate: '2025-06-01', lender: 'private' }), 'payment').lines[0]).toBe('fourTimesLpr atOrBelow');
    expect(verdictOf(form({ amount: '100', months: '1', payment: '101.01', contractDate: '2025-06-01', lender: 'private' }), 'payment').lines[0]).toBe('fourTimesLpr above by 0.12');
  });

  it('the form, payment mode, a 7-day term: 9,125 → 9,188 is exactly 36 %, not above', () => {
    expect(verdictOf(form({ amount: '9125', months: '7', termUnit: 'day', payment: '9188', contractDate: '2019-05-01', lender: 'private' }), 'payment')).toEqual({
      apr: '36.00',
      lines: ['fourTimesLpr undefined', 'annual24 above by 12.00', 'annual36 atOrBelow'],
      effectiveHuge: false,
    });
  });
});

describe('exactly on a display boundary: half up goes up', () => {
  it.each([
    // r = m/1200 with m = x.xx5: received × m/1200 is whole fen
    ['800', '800.83', '1.245', '1.25'],
    ['800', '808.23', '12.345', '12.35'],
    ['2400', '2447.99', '23.995', '24.00'],
    ['2400', '2448.01', '24.005', '24.01'],
    ['2400', '2400.01', '0.005', '0.01'],
  ])('borrow %s, repay %s after a month: exactly %s percent, shown %s', (received, repaid, exact, display) => {
    const result = value(aprFromPeriodic({ received: D(received), payments: [D(repaid)] }));
    expect(result.nominalAprPct.toFixed()).toBe(exact);
    expect(shown(result.nominalAprPct)).toBe(display);
  });

  it('24.005 % is above the 24 % line by 0.005, shown as 0.01 (half up); 23.995 % is below it', () => {
    const above = value(aprFromPeriodic({ received: D(2400), payments: [D('2448.01')] }));
    const below = value(aprFromPeriodic({ received: D(2400), payments: [D('2447.99')] }));
    expect(position(above.nominalAprPct, 'annual24', '2019-05-01', 'private')).toBe('above by 0.01');
    expect(position(below.nominalAprPct, 'annual24', '2019-05-01', 'private')).toBe('atOrBelow');
  });

  it('a 2-payment loan at exactly 12.345 % (payments built from the exact rate)', () => {
    // r = 12.345 / 1200 = 823/80000: a = 80,823, payment a² fen, received Σ a^(2−t)·80,000^t fen
    const { received, payment } = exactAnnuity('12.345', 12, 2);
    const result = value(aprFromPeriodic({ received, payment, count: 2, periodsPerYear: 12 }));
    expect(result.nominalAprPct.toFixed()).toBe('12.345');
    expect(shown(result.nominalAprPct)).toBe('12.35');
  });

  it.each([
    ['a year of months: 1,000 → 1,012.45 after 12 months', 12, 12, '1000', '1012.45', '1.245', '1.25'],
    ['a year of weeks: 1,000 → 1,012.45 after 52 weeks', 52, 52, '1000', '1012.45', '1.245', '1.25'],
    ['a year of days: 1,000 → 1,012.45 after 365 days', 365, 365, '1000', '1012.45', '1.245', '1.25'],
    ['two years of months: 10^8 → 102,505,500.25 after 24 months (1.01245² exactly)', 12, 24, '100000000', '102505500.25', '1.245', '1.25'],
    ['one period a year: 1,000 → 1,012.45 after a year', 1, 1, '1000', '1012.45', '1.245', '1.25'],
    ['a year of months: 10,000 → 12,345.50 (effective 23.455 %)', 12, 12, '10000', '12345.50', '23.455', '23.46'],
  ])('effective rate exactly on x.xx5 percent: %s', (_name, ppy, at, received, repaid, exact, display) => {
    const payments = Array.from({ length: at }, (_, k) => (k === at - 1 ? D(repaid) : D(0)));
    const result = value(aprFromPeriodic({ received: D(received), payments, periodsPerYear: ppy }));
    expect(result.effectivePct.toFixed()).toBe(exact);
    expect(shown(result.effectivePct)).toBe(display);
    // a fen less: just below the boundary, shown rounded down
    const less = value(aprFromPeriodic({ received: D(received), payments: payments.map((p, k) => (k === at - 1 ? p.minus('0.01') : p)), periodsPerYear: ppy }));
    expect(less.effectivePct.lt(exact)).toBe(true);
    expect(shown(less.effectivePct)).toBe(D(display).minus('0.01').toFixed(2));
  });

  it.each([
    [146, '100', '225', '659.375'],
    [219, '1000', '3375', '659.375'],
  ])('a %i-day term (a fifth power, the only way a fractional period count lands on x.xx5 %%): %s → %s is %s %% effective, shown rounded up', (days, received, repaid, exact) => {
    const result = value(aprFromPeriodic({ received: D(received), payments: [D(repaid)], periodsPerYear: D(365).div(days) }));
    expect(result.effectivePct.gte(exact)).toBe(true);
    expect(result.effectivePct.minus(exact).abs().lt('1e-35')).toBe(true);
    expect(shown(result.effectivePct)).toBe('659.38');
  });

  it('effective rate exactly 1,000 % is not "above 1,000 %"; a fen more is', () => {
    const payments = (last: string) => Array.from({ length: 12 }, (_, k) => (k === 11 ? D(last) : D(0)));
    const at = value(aprFromPeriodic({ received: D(100), payments: payments('1100') }));
    const above = value(aprFromPeriodic({ received: D(100), payments: payments('1100.01') }));
    expect(at.effectivePct.toFixed()).toBe('1000');
    expect(at.effectivePct.gt(1000)).toBe(false);
    expect(above.effectivePct.gt(1000)).toBe(true);
  });
});
