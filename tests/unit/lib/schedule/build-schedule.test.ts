import { describe, expect, it } from 'vitest';
import { Dec } from '../../../../src/lib/money/decimal';
import { buildSchedule, type RateQuote, type RepaymentMethod, type Schedule } from '../../../../src/lib/schedule';

const ok = (method: RepaymentMethod, principal: string, months: number, rate: RateQuote, extra = {}): Schedule => {
  const s = buildSchedule({ method, principal: new Dec(principal), months, rate, ...extra });
  if (!s.ok) throw new Error(JSON.stringify(s.issues));
  return s.value;
};
const annual = (pct: string): RateQuote => ({ annualPct: new Dec(pct) });

describe('buildSchedule figures (first, last, total interest, total paid)', () => {
  const rows: [string, RepaymentMethod, string, number, RateQuote, string, string, string, string][] = [
    ['等额本息 100000/12/12%', 'equal-installment', '100000', 12, annual('12'), '8884.88', '8884.85', '6618.53', '106618.53'],
    ['等额本息 10000/12/18%', 'equal-installment', '10000', 12, annual('18'), '916.80', '916.81', '1001.61', '11001.61'],
    ['等额本息 0 %', 'equal-installment', '10000', 3, annual('0'), '3333.33', '3333.34', '0.00', '10000.00'],
    ['等额本息 日息0.05% 365', 'equal-installment', '10000', 12, { dailyPct: new Dec('0.05'), dayBasis: 365 }, '917.99', '917.98', '1015.87', '11015.87'],
    ['等额本息 月息1%', 'equal-installment', '100000', 12, { monthlyPct: new Dec('1') }, '8884.88', '8884.85', '6618.53', '106618.53'],
    ['等额本金 120000/24/6%', 'equal-principal', '120000', 24, annual('6'), '5600.00', '5025.00', '7500.00', '127500.00'],
    ['等额本金 remainder in last row', 'equal-principal', '100', 3, annual('0'), '33.33', '33.34', '0.00', '100.00'],
    ['先息后本 10000/6/18%', 'interest-only', '10000', 6, annual('18'), '150.00', '10150.00', '900.00', '10900.00'],
    ['等本等息 10000/12/0.6%', 'flat-fee', '10000', 12, { monthlyFeePct: new Dec('0.6') }, '893.33', '893.37', '720.00', '10720.00'],
    ['一次性还本付息 10000/6/1%月', 'bullet', '10000', 6, { monthlyPct: new Dec('1') }, '0.00', '10600.00', '600.00', '10600.00'],
    ['一次性 1 month', 'bullet', '5000', 1, annual('12'), '5050.00', '5050.00', '50.00', '5050.00'],
  ];
  it.each(rows)('%s', (_name, method, principal, months, rate, first, last, interest, paid) => {
    const s = ok(method, principal, months, rate);
    expect(s.rows).toHaveLength(months);
    expect(s.rows[0]?.payment.toFixed(2)).toBe(first);
    expect(s.rows.at(-1)?.payment.toFixed(2)).toBe(last);
    expect(s.totals.interest.toFixed(2)).toBe(interest);
    expect(s.totals.payment.toFixed(2)).toBe(paid);
    expect(s.totals.principal.toFixed(2)).toBe(new Dec(principal).toFixed(2));
    expect(s.rows.at(-1)?.balance.toFixed(2)).toBe('0.00');
  });
});

describe('annual figures', () => {
  it.each([
    [annual('12'), '12.00', '12.68'],
    [{ dailyPct: new Dec('0.05'), dayBasis: 360 } as RateQuote, '18.00', '19.56'],
    [{ dailyPct: new Dec('0.05'), dayBasis: 365 } as RateQuote, '18.25', '19.86'],
  ])('%o', (rate, nominal, effective) => {
    const s = ok('equal-installment', '10000', 12, rate);
    expect(s.nominalAnnualPct.toFixed(2)).toBe(nominal);
    expect(s.effectiveAnnualPct.toFixed(2)).toBe(effective);
  });
});

describe('periodic fee and due months', () => {
  it('adds the fee to every payment and counts calendar months across the year end', () => {
    const s = ok('equal-principal', '1200', 3, annual('0'), { periodicFee: new Dec('10'), startMonth: '2025-11' });
    expect(s.rows.map((r) => `${r.dueMonth} ${r.payment.toFixed(2)} ${r.fee.toFixed(2)}`)).toEqual([
      '2025-11 410.00 10.00',
      '2025-12 410.00 10.00',
      '2026-01 410.00 10.00',
    ]);
    expect(s.totals.fee.toFixed(2)).toBe('30.00');
  });
  it('tiny principal: rows never overshoot the balance', () => {
    const s = ok('equal-installment', '0.10', 12, annual('0'));
    expect(s.rows.map((r) => r.principal.toFixed(2)).join(' ')).toBe('0.01 0.01 0.01 0.01 0.01 0.01 0.01 0.01 0.01 0.01 0.00 0.00');
    expect(s.rows.every((r) => !r.balance.isNegative())).toBe(true);
  });
  it('extreme but allowed: 10,000 %/yr over 600 months stays finite', () => {
    const s = ok('equal-installment', '1000000000000', 600, annual('10000'));
    expect(s.totals.principal.toFixed(2)).toBe('1000000000000.00');
    expect(s.totals.payment.isFinite()).toBe(true);
  });
});

describe('issues', () => {
  const bad: [string, Parameters<typeof buildSchedule>[0], string][] = [
    ['zero principal', { method: 'bullet', principal: new Dec(0), months: 12, rate: annual('1') }, 'principal amount.notPositive'],
    ['negative principal', { method: 'bullet', principal: new Dec(-1), months: 12, rate: annual('1') }, 'principal amount.negative'],
    ['principal too large', { method: 'bullet', principal: new Dec('1000000000000.01'), months: 12, rate: annual('1') }, 'principal amount.tooLarge max=1000000000000'],
    ['3 decimals', { method: 'bullet', principal: new Dec('1.001'), months: 12, rate: annual('1') }, 'principal amount.tooPrecise maxDecimals=2'],
    ['NaN principal', { method: 'bullet', principal: new Dec(NaN), months: 12, rate: annual('1') }, 'principal amount.invalid'],
    ['0 months', { method: 'bullet', principal: new Dec(1), months: 0, rate: annual('1') }, 'months term.outOfRange min=1 max=600'],
    ['601 months', { method: 'bullet', principal: new Dec(1), months: 601, rate: annual('1') }, 'months term.outOfRange min=1 max=600'],
    ['1.5 months', { method: 'bullet', principal: new Dec(1), months: 1.5, rate: annual('1') }, 'months term.outOfRange min=1 max=600'],
    ['negative rate', { method: 'bullet', principal: new Dec(1), months: 1, rate: annual('-1') }, 'rate rate.negative'],
    ['rate too high', { method: 'bullet', principal: new Dec(1), months: 1, rate: { monthlyPct: new Dec('834') } }, 'rate rate.tooHigh max=10000'],
    ['fee quote on annuity', { method: 'equal-installment', principal: new Dec(1), months: 1, rate: { monthlyFeePct: new Dec('1') } }, 'rate schedule.rateKindMismatch method=equal-installment'],
    ['rate on flat-fee', { method: 'flat-fee', principal: new Dec(1), months: 1, rate: annual('1') }, 'rate schedule.rateKindMismatch method=flat-fee'],
    ['negative fee', { method: 'bullet', principal: new Dec(1), months: 1, rate: annual('1'), periodicFee: new Dec(-1) }, 'periodicFee amount.negative'],
    ['bad start month', { method: 'bullet', principal: new Dec(1), months: 1, rate: annual('1'), startMonth: '2025-13' }, 'startMonth date.invalid'],
  ];
  it.each(bad)('%s', (_name, input, expected) => {
    const s = buildSchedule(input);
    expect(s.ok).toBe(false);
    if (s.ok) return;
    const text = s.issues.map((i) => [i.field, i.code, ...Object.entries(i.params ?? {}).map(([k, v]) => `${k}=${v}`)].join(' '));
    expect(text).toEqual([expected]);
  });
});
