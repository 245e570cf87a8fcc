import type { Dec } from '../money/decimal';
import { fenRateOf, periodInterestFen, type PeriodRate } from '../money/interest';
import { coreRowsOfFen, wholeFen } from './fen-rows';
import type { CoreRow, FenRow } from './types';

/**
 * 先息后本 rows: every month pays interest = periodInterest(principal, rate); the last month also repays the principal.
 * @example interestOnlyRows(new Dec('50000'), periodRate(new Dec('0.6'), 100), 12)[11].principal.toFixed(2) // => '50000.00'
 */
export function interestOnlyRows(principal: Dec, rate: PeriodRate, months: number): CoreRow[] {
  const owed = wholeFen(principal);
  const interest = periodInterestFen(owed, fenRateOf(rate));
  const rows: FenRow[] = [];
  for (let period = 1; period <= months; period++) {
    const last = period === months;
    rows.push({ principal: last ? owed : 0, interest, balance: last ? 0 : owed });
  }
  return coreRowsOfFen(rows);
}
