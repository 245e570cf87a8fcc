import { Dec } from '../money/decimal';
import { toFen } from '../money/rounding';
import type { CoreRow } from './types';

/**
 * 等额本金 rows: principal part = toFen(P/n) (the last row takes the remainder);
 * interest = toFen(balance × i) on the balance before the payment.
 * @example equalPrincipalRows(new Dec('120000'), new Dec('0.005'), 24)[0].interest.toFixed(2) // => '600.00'
 */
export function equalPrincipalRows(principal: Dec, monthlyRate: Dec, months: number): CoreRow[] {
  const part = toFen(principal.div(months));
  const rows: CoreRow[] = [];
  let balance = principal;
  for (let period = 1; period <= months; period++) {
    const interest = toFen(balance.times(monthlyRate));
    const repaid = period === months ? balance : Dec.min(part, balance);
    balance = balance.minus(repaid);
    rows.push({ principal: repaid, interest, balance });
  }
  return rows;
}
