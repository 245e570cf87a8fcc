import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../../src/lib/money/decimal';
import { decFromFen } from '../../../../src/lib/money/fen';
import { fenRateOf, periodInterest, periodInterestFen, periodRate, timesPeriods } from '../../../../src/lib/money/interest';
import { planPayoff } from '../../../../src/lib/payoff';
import { monthlyPeriodRate, nominalAnnualPctOf } from '../../../../src/lib/schedule';

describe('periodInterest: the exact product, rounded half up to the fen once', () => {
  it.each([
    ['6006', '13', 1200, '65.07'], // exactly 65.065; a 40-digit 13/1200 times the balance gave 65.06
    ['162', '7', 1200, '0.95'], // exactly 0.945
    ['1542', '7', 1200, '9.00'], // exactly 8.995
    ['120', '18.25', 1200, '1.83'], // 0.05 % a day on 365 days: exactly 1.825
    ['10000', '1', 100, '100.00'],
    ['0.01', '12', 1200, '0.00'],
    ['0', '24', 1200, '0.00'],
    ['1000000000000', '10000', 1200, '8333333333333.33'],
  ])('%s at %s ÷ %i → %s', (balance, percent, divisor, expected) => {
    expect(periodInterest(new Dec(balance), periodRate(new Dec(percent), divisor)).toFixed(2)).toBe(expected);
  });

  it('takes the whole-number path for digits beyond the fast bound, with the same rule', () => {
    // 37+ digit significands: the fast path's guarantee no longer holds, the BigInt path decides
    // (expected figure from an exact-rational Python oracle).
    const balance = new Dec('123456789012345678901234.56');
    const rate = periodRate(new Dec('13.123456789012345'), 1200);
    expect(periodInterest(balance, rate).toFixed(2)).toBe('1350149863261443815542.98');
    expect(periodInterest(new Dec('-6006'), periodRate(new Dec('13'), 1200)).toFixed(2)).toBe('-65.07');
  });

  it('simple interest over several periods multiplies the rate, not a rounded figure', () => {
    expect(periodInterest(new Dec('6006'), timesPeriods(periodRate(new Dec('13'), 1200), 3)).toFixed(2)).toBe('195.20'); // 195.195
  });

  it('quotes become period rates without rounding (daily on 365 days stays 18.25 % a year)', () => {
    const daily = { dailyPct: new Dec('0.05'), dayBasis: 365 as const };
    expect(monthlyPeriodRate(daily).percent.toFixed()).toBe('18.25');
    expect(nominalAnnualPctOf(daily).toFixed()).toBe('18.25');
    expect(nominalAnnualPctOf({ monthlyPct: new Dec('1.5') }).toFixed()).toBe('18');
  });
});

describe('payoff pre-check and loop charge the same interest (one interest rule)', () => {
  const plan = (minPayment: string) =>
    planPayoff({ debts: [{ name: 'a', balance: new Dec('6.00'), aprPct: new Dec('13'), minPayment: new Dec(minPayment) }], strategy: 'minimums' });
  it('6.00 at 13 %: the first month costs 0.07 (0.065 exactly), so 0.07 never shrinks it and 0.08 does', () => {
    const refused = plan('0.07');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.issues[0]).toMatchObject({ code: 'payoff.paymentBelowInterest', params: { minimum: '0.08' } });
    const accepted = plan('0.08');
    expect(accepted.ok && accepted.value.rows[0]?.interest.toFixed(2)).toBe('0.07');
  });
});

describe('periodInterestFen: the same rule on whole fen', () => {
  const percentArb = fc.oneof(
    fc.constantFrom('0', '13', '7', '18.25', '4.35', '36', '10000', '13.123456789012345', '0.0000000001'),
    fc.integer({ min: 0, max: 1_000_000 }).map((n) => new Dec(n).div(100).toString()),
    fc.integer({ min: 0, max: 100_000_000 }).map((n) => new Dec(n).div(1_000_000).toString()),
  );
  it('equals periodInterest on every balance (signed, up to 10^12 yuan) and rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000_000_000, max: 100_000_000_000_000 }), percentArb, fc.constantFrom(100, 1200, 36500), (fen, percent, divisor) => {
        const rate = periodRate(new Dec(percent), divisor);
        const fast = periodInterestFen(fen, fenRateOf(rate));
        const exact = periodInterest(decFromFen(fen), rate);
        // NaN exactly when the figure is past what a double holds in whole fen
        if (Number.isNaN(fast)) expect(exact.abs().times(100).gte(2 ** 52)).toBe(true);
        else expect(decFromFen(fast).toFixed(2)).toBe(exact.toFixed(2));
      }),
      { numRuns: 3000 },
    );
  });
  it('rounds exact half fen up (away from zero), like periodInterest', () => {
    expect(periodInterestFen(600600, fenRateOf(periodRate(new Dec('13'), 1200)))).toBe(6507);
    expect(periodInterestFen(-600600, fenRateOf(periodRate(new Dec('13'), 1200)))).toBe(-6507);
    expect(periodInterestFen(16200, fenRateOf(periodRate(new Dec('7'), 1200)))).toBe(95);
  });
});
