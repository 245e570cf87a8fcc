import { Dec } from '../money/decimal';
import type { RateQuote } from './types';

/**
 * Converts a rate quote to the periodic monthly rate as a FRACTION, full precision (no rounding).
 * annualPct/1200 · monthlyPct/100 · dailyPct×30/100 (360-day basis) · dailyPct×365/12/100 (365-day basis)
 * · monthlyFeePct/100. This is exactly the reference vectors' convention.
 * @example monthlyRateOf({ dailyPct: new Dec('0.05'), dayBasis: 360 }).toString() // => '0.015'
 */
export function monthlyRateOf(quote: RateQuote): Dec {
  if ('annualPct' in quote) return quote.annualPct.div(1200);
  if ('monthlyPct' in quote) return quote.monthlyPct.div(100);
  if ('dailyPct' in quote) {
    return quote.dayBasis === 360 ? quote.dailyPct.times(30).div(100) : quote.dailyPct.times(365).div(1200);
  }
  return quote.monthlyFeePct.div(100);
}

/** True when the quote is a flat fee on the original principal (月费率), not an interest rate. */
export const isFeeQuote = (quote: RateQuote): quote is { monthlyFeePct: Dec } => 'monthlyFeePct' in quote;

/** The quote's percent figure, whatever its kind (for sign checks). */
export function quotedPct(quote: RateQuote): Dec {
  if ('annualPct' in quote) return quote.annualPct;
  if ('monthlyPct' in quote) return quote.monthlyPct;
  if ('dailyPct' in quote) return quote.dailyPct;
  return quote.monthlyFeePct;
}

/** monthlyRate × 12 × 100. */
export const nominalAnnualPct = (monthlyRate: Dec): Dec => monthlyRate.times(1200);

/** ((1 + monthlyRate)^12 − 1) × 100. */
export const effectiveAnnualPct = (monthlyRate: Dec): Dec => monthlyRate.plus(1).pow(12).minus(1).times(100);
