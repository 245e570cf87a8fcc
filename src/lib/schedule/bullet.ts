import { Dec, ZERO } from '../money/decimal';
import { toFen } from '../money/rounding';
import type { CoreRow } from './types';

/**
 * 一次性还本付息 rows: nothing is due until the last month, which repays the principal plus
 * SIMPLE interest = toFen(P × i × months) (no compounding).
 * @example bulletRows(new Dec('10000'), new Dec('0.01'), 6)[5].interest.toFixed(2) // => '600.00'
 */
export function bulletRows(principal: Dec, monthlyRate: Dec, months: number): CoreRow[] {
  const rows: CoreRow[] = [];
  for (let period = 1; period < months; period++) rows.push({ principal: ZERO, interest: ZERO, balance: principal });
  rows.push({ principal, interest: toFen(principal.times(monthlyRate).times(months)), balance: ZERO });
  return rows;
}
