import { Dec } from '../money/decimal';
import { toFen } from '../money/rounding';
import { periodInterest, type PeriodRate } from '../money/interest';
import type { CoreRow } from './types';

/**
 * 等本等息 rows: principal part = toFen(P/n) (the last row takes the remainder); every month the SAME
 * fee = periodInterest(P, monthly fee rate) on the ORIGINAL principal, however much is left. That is why a
 * "0.6 % a month" quote costs about 13 % a year, not 7.2 %.
 * @example flatFeeRows(new Dec('10000'), periodRate(new Dec('0.6'), 100), 12)[11].interest.toFixed(2) // => '60.00'
 */
export function flatFeeRows(principal: Dec, monthlyFeeRate: PeriodRate, months: number): CoreRow[] {
  const part = toFen(principal.div(months));
  const fee = periodInterest(principal, monthlyFeeRate);
  const rows: CoreRow[] = [];
  let balance = principal;
  for (let period = 1; period <= months; period++) {
    const repaid = period === months ? balance : Dec.min(part, balance);
    balance = balance.minus(repaid);
    rows.push({ principal: repaid, interest: fee, balance });
  }
  return rows;
}
