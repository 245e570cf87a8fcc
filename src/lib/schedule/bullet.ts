import { Dec, ZERO } from '../money/decimal';
import { periodInterest, timesPeriods, type PeriodRate } from '../money/interest';
import type { CoreRow } from './types';

/**
 * 一次性还本付息 rows: nothing is due until the last month, which repays the principal plus
 * SIMPLE interest = periodInterest(P, rate × months) (no compounding).
 * @example bulletRows(new Dec('10000'), periodRate(new Dec('1'), 100), 6)[5].interest.toFixed(2) // => '600.00'
 */
export function bulletRows(principal: Dec, rate: PeriodRate, months: number): CoreRow[] {
  const rows: CoreRow[] = [];
  for (let period = 1; period < months; period++) rows.push({ principal: ZERO, interest: ZERO, balance: principal });
  rows.push({ principal, interest: periodInterest(principal, timesPeriods(rate, months)), balance: ZERO });
  return rows;
}
