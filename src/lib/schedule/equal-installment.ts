import { Dec, ZERO } from '../money/decimal';
import { toFen } from '../money/rounding';
import { periodInterest, rateFraction, type PeriodRate } from '../money/interest';
import type { CoreRow } from './types';

/**
 * THE annuity payment (等额本息), the only copy in the code base: P·i·(1+i)^n / ((1+i)^n − 1),
 * or P/n when i = 0. Yuan per month, full precision: callers round (schedules use `toFen`).
 * @param principal yuan  @param monthlyRate fraction per month (0.01 = 1 %)  @param months count ≥ 1
 * @example toFen(annuityPayment(new Dec('100000'), new Dec('0.01'), 12)).toFixed(2) // => '8884.88'
 */
export function annuityPayment(principal: Dec, monthlyRate: Dec, months: number): Dec {
  if (monthlyRate.isZero()) return principal.div(months);
  const growth = monthlyRate.plus(1).pow(months);
  return principal.times(monthlyRate).times(growth).div(growth.minus(1));
}

/**
 * 等额本息 rows: payment = toFen(annuity); interest = periodInterest(balance, rate); the last row pays the
 * remaining balance plus its interest, so the principal parts sum to `principal` exactly.
 * @example equalInstallmentRows(new Dec('100000'), periodRate(new Dec('12'), 1200), 12)[0].interest.toFixed(2) // => '1000.00'
 */
export function equalInstallmentRows(principal: Dec, rate: PeriodRate, months: number): CoreRow[] {
  const payment = toFen(annuityPayment(principal, rateFraction(rate), months));
  const rows: CoreRow[] = [];
  let balance = principal;
  for (let period = 1; period <= months; period++) {
    const interest = periodInterest(balance, rate);
    // Clamp: with tiny principals the rounded payment can overshoot what is left.
    const repaid = period === months ? balance : Dec.max(Dec.min(payment.minus(interest), balance), ZERO);
    balance = balance.minus(repaid);
    rows.push({ principal: repaid, interest, balance });
  }
  return rows;
}
