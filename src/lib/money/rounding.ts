import { Dec } from './decimal';

/**
 * THE display-rounding rule, written once: money to the fen (0.01), half up (四舍五入),
 * as Chinese lenders' schedules round each row. Applied only where a person sees a figure
 * (schedule rows, totals, results); intermediate maths keeps full precision.
 * @example toFen(new Dec('8884.875')).toFixed(2) // => '8884.88'
 */
export const toFen = (x: Dec): Dec => x.toDecimalPlaces(2, Dec.ROUND_HALF_UP);

/** Percentages shown to readers: two decimals, half up. `pct` is already in percent (13.0348 → '13.03'). */
export const toDisplayPct = (pct: Dec): Dec => pct.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
