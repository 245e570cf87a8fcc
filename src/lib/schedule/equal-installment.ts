import type { Dec } from '../money/decimal';
import { toFen } from '../money/rounding';
import { fenRateOf, periodInterestFen, rateFraction, type PeriodRate } from '../money/interest';
import { coreRowsOfFen, wholeFen } from './fen-rows';
import type { CoreRow, FenRow } from './types';

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
 * 等额本息 rows: payment = toFen(annuity); interest = periodInterest(balance, rate) (in whole fen:
 * periodInterestFen); the last row pays the remaining balance plus its interest, so the principal parts
 * sum to `principal` exactly.
 * @example equalInstallmentRows(new Dec('100000'), periodRate(new Dec('12'), 1200), 12)[0].interest.toFixed(2) // => '1000.00'
 */
export function equalInstallmentRows(principal: Dec, rate: PeriodRate, months: number): CoreRow[] {
  const payment = installmentFen(principal, rate, months);
  const fenRate = fenRateOf(rate);
  const rows: FenRow[] = [];
  let balance = wholeFen(principal);
  for (let period = 1; period <= months; period++) {
    const interest = periodInterestFen(balance, fenRate);
    // Clamp: with tiny principals the rounded payment can overshoot what is left.
    const repaid = period === months ? balance : Math.max(Math.min(payment - interest, balance), 0);
    balance -= repaid;
    rows.push({ principal: repaid, interest, balance });
  }
  return coreRowsOfFen(rows);
}

/**
 * toFen(annuityPayment(…)) in whole fen, in float when a proven bound shows the exact payment is not
 * near a half fen (else the decimal formula decides). With v = fl(1/fl(1 + i)), i = fl(percent/divisor):
 * a = Σ_{k=1..n} v^k by Horner has only positive terms; every operation errs by ≤ u relative, v by
 * ≤ 4u, so v^k by ≤ 4k·u and the computed a by ≤ (4n + 2n + 4)u relative (first order; doubled for the
 * second-order terms and the final division). payment = P / a exactly (the annuity identity).
 */
export function installmentFen(principal: Dec, rate: PeriodRate, months: number): number {
  const principalFen = wholeFen(principal);
  const i = rate.percent.toNumber() / rate.divisor;
  if (i > 0 && i < 1e3 && months <= 1000) {
    const v = 1 / (1 + i);
    let a = 0;
    for (let k = 0; k < months; k++) a = (a + 1) * v;
    const y = principalFen / a;
    const err = 2 * (6 * months + 10) * 2 ** -53 * y + 1e-9;
    const q = Math.floor(y + 0.5);
    if (y - (q - 0.5) > err && q + 0.5 - y > err) return q;
  }
  return wholeFen(toFen(annuityPayment(principal, rateFraction(rate), months)));
}
