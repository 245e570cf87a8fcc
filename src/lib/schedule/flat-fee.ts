import type { Dec } from '../money/decimal';
import { toFen } from '../money/rounding';
import { fenRateOf, periodInterestFen, type PeriodRate } from '../money/interest';
import { coreRowsOfFen, wholeFen } from './fen-rows';
import type { CoreRow, FenRow } from './types';

/**
 * 等本等息 rows: principal part = toFen(P/n) (the last row takes the remainder); every month the SAME
 * fee = periodInterest(P, monthly fee rate) on the ORIGINAL principal, however much is left. That is why a
 * "0.6 % a month" quote costs about 13 % a year, not 7.2 %.
 * @example flatFeeRows(new Dec('10000'), periodRate(new Dec('0.6'), 100), 12)[11].interest.toFixed(2) // => '60.00'
 */
export function flatFeeRows(principal: Dec, monthlyFeeRate: PeriodRate, months: number): CoreRow[] {
  const part = wholeFen(toFen(principal.div(months)));
  let balance = wholeFen(principal);
  const fee = periodInterestFen(balance, fenRateOf(monthlyFeeRate));
  const rows: FenRow[] = [];
  for (let period = 1; period <= months; period++) {
    const repaid = period === months ? balance : Math.min(part, balance);
    balance -= repaid;
    rows.push({ principal: repaid, interest: fee, balance });
  }
  return coreRowsOfFen(rows);
}
