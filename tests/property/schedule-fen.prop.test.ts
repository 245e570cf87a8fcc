/**
 * Schedules run in whole fen (schedule/fen-rows.ts) and take the 等额本息 payment from float when a
 * proven bound allows it: both must give exactly what the decimal rules give.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, ZERO } from '../../src/lib/money/decimal';
import { periodInterest, periodRate, rateFraction } from '../../src/lib/money/interest';
import { toFen } from '../../src/lib/money/rounding';
import { buildSchedule } from '../../src/lib/schedule/index';
import { REPAYMENT_METHODS } from '../../src/lib/schedule/types';
import { annuityPayment, installmentFen } from '../../src/lib/schedule/equal-installment';

const principalArb = fc.integer({ min: 1, max: 100_000_000_000_000 }).map((fen) => new Dec(fen).div(100));
const percentArb = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }).map((n) => new Dec(n).div(100)),
  fc.integer({ min: 1, max: 10_000_000 }).map((n) => new Dec(n).div(1_000_000)),
);

describe('schedules in whole fen = the decimal rules', () => {
  it('the 等额本息 payment: float-certified or decimal, always toFen of the decimal annuity', () => {
    fc.assert(
      fc.property(principalArb, percentArb, fc.constantFrom(1200, 100), fc.integer({ min: 1, max: 600 }), (principal, percent, divisor, months) => {
        // within what the schedule accepts: at most 10,000 % a year
        const rate = periodRate(divisor === 100 ? percent.div(12) : percent, divisor);
        const decimal = toFen(annuityPayment(principal, rateFraction(rate), months));
        expect(new Dec(installmentFen(principal, rate, months)).div(100).eq(decimal)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('every row: interest = periodInterest(balance before), balance = before − principal, payment = sum', () => {
    const methods = REPAYMENT_METHODS.filter((m) => m !== 'flat-fee');
    fc.assert(
      fc.property(fc.constantFrom(...methods), principalArb, percentArb, fc.integer({ min: 1, max: 360 }), (method, principal, annualPct, months) => {
        const out = buildSchedule({ method, principal, months, rate: { annualPct } });
        if (!out.ok) return;
        const rate = periodRate(annualPct, 1200);
        let before = principal;
        let interest = ZERO;
        for (const row of out.value.rows) {
          if (method === 'equal-installment' || method === 'equal-principal') expect(row.interest.eq(periodInterest(before, rate))).toBe(true);
          expect(row.balance.eq(before.minus(row.principal))).toBe(true);
          expect(row.payment.eq(row.principal.plus(row.interest).plus(row.fee))).toBe(true);
          interest = interest.plus(row.interest);
          before = row.balance;
        }
        expect(out.value.totals.interest.eq(interest)).toBe(true);
        expect(out.value.totals.principal.eq(principal)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
