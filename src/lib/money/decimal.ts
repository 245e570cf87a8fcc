import Decimal from 'decimal.js';

/**
 * The engine's own Decimal constructor. Every amount and rate in `src/lib` is a `Dec`.
 * A clone, so the global `Decimal` (and any other library using it) keeps its defaults.
 * 40 significant digits keep IRR and annuity factors exact far beyond the fen for 600-month terms.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -40, toExpPos: 40 });
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);
export const HUNDRED = new Dec(100);
