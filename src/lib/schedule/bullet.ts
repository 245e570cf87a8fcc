import type { Dec } from '../money/decimal';
import { fenRateOf, periodInterestFen, timesPeriods, type PeriodRate } from '../money/interest';
import { coreRowsOfFen, wholeFen } from './fen-rows';
import type { CoreRow, FenRow } from './types';

/**
 * 一次性还本付息 rows: nothing is due until the last month, which repays the principal plus
 * SIMPLE interest = periodInterest(P, rate × months) (no compounding).
 * @example bulletRows(new Dec('10000'), periodRate(new Dec('1'), 100), 6)[5].interest.toFixed(2) // => '600.00'
 */
export function bulletRows(principal: Dec, rate: PeriodRate, months: number): CoreRow[] {
  const owed = wholeFen(principal);
  const rows: FenRow[] = [];
  for (let period = 1; period < months; period++) rows.push({ principal: 0, interest: 0, balance: owed });
  rows.push({ principal: owed, interest: periodInterestFen(owed, fenRateOf(timesPeriods(rate, months))), balance: 0 });
  return coreRowsOfFen(rows);
}
