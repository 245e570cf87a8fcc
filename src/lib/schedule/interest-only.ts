import { Dec, ZERO } from '../money/decimal';
import { periodInterest, type PeriodRate } from '../money/interest';
import type { CoreRow } from './types';

/**
 * 先息后本 rows: every month pays interest = periodInterest(principal, rate); the last month also repays the principal.
 * @example interestOnlyRows(new Dec('50000'), periodRate(new Dec('0.6'), 100), 12)[11].principal.toFixed(2) // => '50000.00'
 */
export function interestOnlyRows(principal: Dec, rate: PeriodRate, months: number): CoreRow[] {
  const interest = periodInterest(principal, rate);
  const rows: CoreRow[] = [];
  for (let period = 1; period <= months; period++) {
    const last = period === months;
    rows.push({ principal: last ? principal : ZERO, interest, balance: last ? ZERO : principal });
  }
  return rows;
}
