import { Dec, ZERO } from '../money/decimal';
import { toFen } from '../money/rounding';
import type { CoreRow } from './types';

/**
 * 先息后本 rows: every month pays interest = toFen(balance × i); the last month also repays the principal.
 * @example interestOnlyRows(new Dec('50000'), new Dec('0.006'), 12)[11].principal.toFixed(2) // => '50000.00'
 */
export function interestOnlyRows(principal: Dec, monthlyRate: Dec, months: number): CoreRow[] {
  const interest = toFen(principal.times(monthlyRate));
  const rows: CoreRow[] = [];
  for (let period = 1; period <= months; period++) {
    const last = period === months;
    rows.push({ principal: last ? principal : ZERO, interest, balance: last ? ZERO : principal });
  }
  return rows;
}
