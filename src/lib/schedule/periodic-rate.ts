import { Dec } from '../money/decimal';
import { periodRate, rateFraction, type PeriodRate } from '../money/interest';
import type { RateQuote } from './types';

/**
 * A quote's rate for one month, exactly as quoted (tests/vectors/README.md): annualPct ÷ 1200 ·
 * monthlyPct ÷ 100 · dailyPct × dayBasis ÷ 1200 · monthlyFeePct ÷ 100. Interest is taken from it with
 * `periodInterest` (money/interest.ts), never from a rounded monthly fraction.
 * @example monthlyPeriodRate({ dailyPct: new Dec('0.05'), dayBasis: 365 }) // => { percent: 18.25, divisor: 1200 }
 */
export function monthlyPeriodRate(quote: RateQuote): PeriodRate {
  if ('annualPct' in quote) return periodRate(quote.annualPct, 1200);
  if ('monthlyPct' in quote) return periodRate(quote.monthlyPct, 100);
  if ('dailyPct' in quote) return periodRate(quote.dailyPct.times(quote.dayBasis), 1200);
  return periodRate(quote.monthlyFeePct, 100);
}

/**
 * The periodic monthly rate as a FRACTION to 40 digits (for annuity factors and display).
 * @example monthlyRateOf({ dailyPct: new Dec('0.05'), dayBasis: 360 }).toString() // => '0.015'
 */
export const monthlyRateOf = (quote: RateQuote): Dec => rateFraction(monthlyPeriodRate(quote));

/** A monthly rate as a nominal annual percent, exactly (× 12 × 100): { 18.25, 1200 } → 18.25. */
export const annualPctOfMonthly = (rate: PeriodRate): Dec => rate.percent.times(1200).div(rate.divisor);

/** The quote as a nominal annual percent, exactly (monthly × 12, daily × dayBasis): 0.05 %/day on 365 days → 18.25. */
export const nominalAnnualPctOf = (quote: RateQuote): Dec => annualPctOfMonthly(monthlyPeriodRate(quote));

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
