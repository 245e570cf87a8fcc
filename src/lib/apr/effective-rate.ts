import { HUNDRED, type Dec } from '../money/decimal';
import { powInt } from './cash-flow-model';

/** The effective annual rate of a periodic rate, in percent: (1 + i)^k − 1; k may be fractional (single-payment terms). */
export function effectivePctOf(periodicRate: Dec, periodsPerYear: Dec): Dec {
  const growth = periodsPerYear.isInteger()
    ? powInt(periodicRate.plus(1), periodsPerYear.toNumber())
    : periodicRate.plus(1).pow(periodsPerYear);
  return growth.minus(1).times(HUNDRED);
}
