import { Dec } from '../money/decimal';

/** Highest nominal APR the engine reports, in percent. Beyond it the input is almost surely a typo. */
export const MAX_APR_PCT = new Dec(10000);
/**
 * Lowest nominal APR searched, in percent. A promotion can pay you, but never more than −100 %;
 * the search stops just short of it so that (1 + i)^−t stays finite in float.
 */
export const MIN_APR_PCT = new Dec('-99.99');
/** Most cash flows / periods accepted in one calculation (100 years of weeks). */
export const MAX_FLOWS = 5300;
/** Largest amount accepted, yuan (一万亿), as in the schedule engine. */
export const MAX_AMOUNT = new Dec('1e12');
