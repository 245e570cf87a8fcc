import { Dec, HUNDRED } from '../money/decimal';
import { buildCashFlowModel, powInt, type CashFlowModel } from './cash-flow-model';
import { MAX_APR_PCT } from './limits';
import type { CivilFlow } from './reg-z';

/**
 * EU Consumer Credit Directive, Annex I: Σ amount_k · (1 + X)^(−days_k/365) = 0, days counted from
 * the first flow, X the effective annual rate. With 1 + d = (1 + X)^(1/365) this is an IRR with one
 * unit-period per DAY and whole exponents, so the same exact decimal solver applies; X = (1 + d)^365 − 1.
 */
export function euModel(flows: readonly CivilFlow[]): CashFlowModel {
  const first = flows[0]!.day;
  return buildCashFlowModel(flows.map((f) => ({ amount: f.amount, t: f.day - first, fraction: new Dec(0) })));
}

/** X in percent from the daily rate d: ((1 + d)^365 − 1) × 100, full precision. */
export const aprcPctOfDaily = (dailyRate: Dec): Dec => powInt(dailyRate.plus(1), 365).minus(1).times(HUNDRED);

/**
 * Daily-rate bounds: X > −99.99 % (so (1 + d)^365 > 0.0001) and a daily rate at most 10,000 % / 365,
 * the same ceiling as the nominal APR.
 */
export function euBounds(): { min: Dec; max: Dec } {
  return { min: new Dec('0.0001').pow(new Dec(1).div(365)).minus(1), max: MAX_APR_PCT.div(HUNDRED).div(365) };
}
