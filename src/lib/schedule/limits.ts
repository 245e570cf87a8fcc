import { Dec } from '../money/decimal';

/** Largest principal / balance the engine accepts, yuan (一万亿). */
export const MAX_PRINCIPAL = new Dec('1e12');
/** Term bounds in months (50 years). */
export const MIN_MONTHS = 1;
export const MAX_MONTHS = 600;
/** Highest rate accepted, as a nominal annual percent (monthly rate × 1200). */
export const MAX_ANNUAL_PCT = new Dec(10000);
