import type { Dec } from '../money/decimal';
import { toFen } from '../money/rounding';
import { fenRateOf, periodInterestFen, type PeriodRate } from '../money/interest';
import { coreRowsOfFen, wholeFen } from './fen-rows';
import type { CoreRow, FenRow } from './types';

/**
 * 等额本金 rows: principal part = toFen(P/n) (the last row takes the remainder);
 * interest = periodInterest(balance, rate) on the balance before the payment.
 * @example equalPrincipalRows(new Dec('120000'), periodRate(new Dec('6'), 1200), 24)[0].interest.toFixed(2) // => '600.00'
 */
export function equalPrincipalRows(principal: Dec, rate: PeriodRate, months: number): CoreRow[] {
  const part = wholeFen(toFen(principal.div(months)));
  const fenRate = fenRateOf(rate);
  const rows: FenRow[] = [];
  let balance = wholeFen(principal);
  for (let period = 1; period <= months; period++) {
    const interest = periodInterestFen(balance, fenRate);
    const repaid = period === months ? balance : Math.min(part, balance);
    balance -= repaid;
    rows.push({ principal: repaid, interest, balance });
  }
  return coreRowsOfFen(rows);
}
