import { describe, expect, it } from 'vitest';
import { aprFromDatedFlows, type DatedFlow, type UnitPeriod } from '../../../../src/lib/apr';
import { parseIsoDate } from '../../../../src/lib/apr/dates';
import { unitPeriodsBetween } from '../../../../src/lib/apr/reg-z';
import { Dec } from '../../../../src/lib/money/decimal';
import { toDisplayPct } from '../../../../src/lib/money/rounding';

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
/** Same day-of-month, k months later (the examples never need end-of-month clamping). */
const monthly = (y: number, m: number, d: number, k: number) => {
  const index = y * 12 + m - 1 + k;
  return iso(Math.floor(index / 12), (index % 12) + 1, d);
};
const daysLater = (start: string, k: number) => new Date(Date.UTC(+start.slice(0, 4), +start.slice(5, 7) - 1, +start.slice(8, 10) + k)).toISOString().slice(0, 10);
const flow = (date: string, amount: string): DatedFlow => ({ date, amount: new Dec(amount) });
const series = (n: number, amount: string, dateOf: (k: number) => string) => Array.from({ length: n }, (_, k) => flow(dateOf(k), amount));

// 12 CFR 1026 Appendix J (c): the official worked examples and their printed APRs.
const examples: [string, DatedFlow[], UnitPeriod, string][] = [
  ['(c)(1)(i) monthly, regular first period', [flow('1978-01-10', '5000'), ...series(24, '-230', (k) => monthly(1978, 2, 10, k))], 'month', '9.69'],
  ['(c)(1)(ii) monthly, long first period', [flow('1978-02-10', '6000'), ...series(36, '-200', (k) => monthly(1978, 4, 1, k))], 'month', '11.82'],
  ['(c)(1)(iii) semimonthly, short first period', [flow('1978-02-23', '5000'), ...series(24, '-219.17', (k) => monthly(1978, 3, k % 2 ? 16 : 1, Math.floor(k / 2)))], 'semimonth', '10.34'],
  ['(c)(1)(iv) quarterly, long first period', [flow('1978-05-23', '10000'), ...series(40, '-385', (k) => monthly(1978, 10, 1, 3 * k))], 'quarter', '8.97'],
  ['(c)(1)(v) weekly, long first period', [flow('1978-03-20', '500'), ...series(30, '-17.60', (k) => daysLater('1978-04-21', 7 * k))], 'week', '14.96'],
  ['(c)(2)(i) monthly, odd first payment', [flow('1978-01-10', '5000'), flow('1978-02-10', '-250'), ...series(23, '-230', (k) => monthly(1978, 3, 10, k))], 'month', '10.08'],
  ['(c)(2)(ii) every 4 weeks, long first period, odd first payment', [flow('1978-03-18', '400'), flow('1978-04-20', '-39.50'), ...series(11, '-38.31', (k) => daysLater('1978-05-18', 28 * k))], '4-weeks', '28.50'],
  ['(c)(3)(i) monthly, odd final payment', [flow('1978-01-10', '5000'), ...series(23, '-230', (k) => monthly(1978, 2, 10, k)), flow(monthly(1978, 2, 10, 23), '-280')], 'month', '10.50'],
  ['(c)(3)(ii) every 2 weeks, short first period, odd final payment', [flow('1978-04-03', '200'), ...series(19, '-9.50', (k) => daysLater('1978-04-11', 14 * k)), flow(daysLater('1978-04-11', 14 * 19), '-30')], '2-weeks', '12.22'],
  ['(c)(4)(i) monthly, odd first and final payments', [flow('1978-01-10', '5000'), flow('1978-02-10', '-250'), ...series(22, '-230', (k) => monthly(1978, 3, 10, k)), flow(monthly(1978, 3, 10, 22), '-280')], 'month', '10.90'],
  ['(c)(4)(ii) every 2 months, short first period, odd first and final payments', [flow('1978-01-10', '8000'), flow('1978-03-01', '-449.36'), ...series(18, '-465', (k) => monthly(1978, 5, 1, 2 * k)), flow(monthly(1978, 5, 1, 36), '-200')], '2-months', '7.30'],
  ['(c)(5)(i) single advance, single payment, 255 days', [flow('1978-01-03', '1000'), flow('1978-09-15', '-1080')], 'term', '11.45'],
];

describe('Reg Z Appendix J (c) worked examples', () => {
  it.each(examples)('%s → %s, unit-period inferred', (_name, flows, unit, apr) => {
    const out = aprFromDatedFlows({ flows });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.value.unitPeriod).toBe(unit);
    expect(toDisplayPct(out.value.regzAprPct).toFixed(2)).toBe(apr);
    expect(out.value.nominalAprPct.eq(out.value.regzAprPct)).toBe(true);
  });

  it('(c)(5)(i) by hand: 80 / 1,000 × 365 / 255 = 11.4509803921568627450980…%', () => {
    const out = aprFromDatedFlows({ flows: [flow('1978-01-03', '1000'), flow('1978-09-15', '-1080')] });
    expect(out.ok && out.value.regzAprPct.toFixed(22)).toBe('11.4509803921568627450980');
    expect(out.ok && out.value.periodicRate.toFixed(30)).toBe('0.080000000000000000000000000000');
  });

  it('an explicit unit-period wins over inference', () => {
    const flows = examples[0]![1];
    const weekly = aprFromDatedFlows({ flows, unitPeriod: 'week' });
    expect(weekly.ok && weekly.value.unitPeriod).toBe('week');
    expect(weekly.ok && weekly.value.periodsPerYear).toBe(52);
  });
});

describe('Appendix J (b)(5): whole unit-periods and odd fractions', () => {
  const d = (s: string) => parseIsoDate(s)!;
  const cases: [string, string, UnitPeriod, number, string][] = [
    // (b)(5)(ii): months back from the later date, remaining days / 30
    ['1978-02-10', '1978-04-01', 'month', 1, '0.6333333333'], // (c)(1)(ii): 19/30,
    ['1978-01-10', '1978-02-10', 'month', 1, '0.0000000000'],
    ['2025-01-31', '2025-02-28', 'month', 1, '0.0000000000'], // month-end to month-end
    ['2025-01-30', '2025-03-30', 'month', 2, '0.0000000000'],
    // (b)(5)(iii): 30 × months + days, / 15 or / (30 × months per unit)
    ['1978-02-23', '1978-03-01', 'semimonth', 0, '0.4000000000'],
    ['1978-02-23', '1978-03-16', 'semimonth', 1, '0.4000000000'],
    ['1978-05-23', '1978-10-01', 'quarter', 1, '0.4333333333'],
    ['1978-01-10', '1978-03-01', '2-months', 0, '0.8666666667'],
    // (b)(5)(iv): days / days per unit
    ['1978-03-20', '1978-04-21', 'week', 4, '0.5714285714'],
    ['1978-04-03', '1978-04-11', '2-weeks', 0, '0.5714285714'],
    ['1978-03-18', '1978-04-20', '4-weeks', 1, '0.1785714286'],
    // single payment: the term is one unit-period; over a year it is counted in years
    ['1978-01-03', '1978-09-15', 'term', 1, '0.0000000000'],
    ['2024-01-15', '2025-07-15', 'term', 1, '0.5000000000'],
  ];
  it.each(cases)('%s → %s in %s: t = %i, f = %s', (from, to, unit, t, f) => {
    const got = unitPeriodsBetween(d(from), d(to), unit);
    expect(got.t).toBe(t);
    expect(got.fraction.toFixed(10)).toBe(f);
  });
});

describe('Appendix J (b)(4): unit-period inference', () => {
  const D = (s: string) => new Dec(s);
  const infer = (dates: string[]) => {
    const flows = [{ date: dates[0]!, amount: D('1000') }, ...dates.slice(1).map((date) => ({ date, amount: D('-1100').div(dates.length - 1).toDecimalPlaces(2) }))];
    const out = aprFromDatedFlows({ flows });
    return out.ok ? out.value.unitPeriod : out.issues[0]!.code;
  };
  it.each([
    ['1st and 15th of each month is semimonthly', ['2025-01-01', '2025-01-15', '2025-02-01', '2025-02-15', '2025-03-01', '2025-03-15', '2025-04-01'], 'semimonth'],
    ['15th and month-end is semimonthly', ['2025-01-01', '2025-01-15', '2025-01-31', '2025-02-15', '2025-02-28', '2025-03-15', '2025-03-31'], 'semimonth'],
    ['every 14 days is 2 weeks', ['2025-01-01', '2025-01-15', '2025-01-29', '2025-02-12', '2025-02-26'], '2-weeks'],
    ['month ends are months (Jan 31 → Feb 28 → Mar 31)', ['2025-01-10', '2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30'], 'month'],
    ['a tie between common periods takes the smaller one', ['2025-01-01', '2025-01-08', '2025-01-15', '2025-02-15', '2025-03-15'], 'week'],
    ['no common period: the average, to the nearest standard interval', ['2025-01-01', '2025-02-10', '2025-04-01'], 'month'],
    ['one advance, one payment: the term', ['2025-01-01', '2025-06-01'], 'term'],
  ])('%s', (_name, dates, unit) => expect(infer(dates)).toBe(unit));
});
