import { Dec } from '../money/decimal';
import { toFen } from '../money/rounding';
import { periodInterest, type PeriodRate } from '../money/interest';
import type { CoreRow } from './types';

/**
 * 等额本金 rows: principal part = toFen(P/n) (the last row takes the remainder);
 * interest = periodInterest(balance, rate) on the balance before the payment.
 * @example equalPrincipalRows(new Dec('120000'), periodRate(new Dec('6'), 1200), 24)[0].interest.toFixed(2) // => '600.00'
 */
export function equalPrincipalRows(principal: Dec, rate: PeriodRate, months: number): CoreRow[] {
  const part = toFen(principal.div(months));
  const rows: CoreRow[] = [];
  let balance = principal;
  for (let period = 1; period <= months; period++) {
    const interest = periodInterest(balance, rate);
    const repaid = period === months ? balance : Dec.min(part, balance);
    balance = balance.minus(repaid);
    rows.push({ principal: repaid, interest, balance });
  }
  return rows;
}
