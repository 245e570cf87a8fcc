import type { Dec } from '../money/decimal';
import { fenRateOf, periodInterest, periodInterestFen, timesPeriods, type PeriodRate } from '../money/interest';
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
  const simple = timesPeriods(rate, months);
  const interest = periodInterestFen(owed, fenRateOf(simple));
  rows.push({ principal: owed, interest, balance: 0 });
  const core = coreRowsOfFen(rows);
  // Simple interest over many months can pass 2^52 fen: that one figure is then taken in decimal.
  if (Number.isNaN(interest)) core[months - 1]!.interest = periodInterest(principal, simple);
  return core;
}
