import { failure, success, type Outcome } from '../errors';
import type { ParsedRate } from '../parse/rate';
import type { RateQuote } from './types';

/**
 * Turns a parsed rate into a schedule's rate quote. An 'unspecified' period cannot be priced:
 * `rate.periodRequired` (the form should ask 年/月/日). Daily rates need the lender's day basis.
 * No rounding.
 * @example rateQuoteFrom({ kind: 'daily', percent: new Dec('0.05') }, 360) // => ok { dailyPct: 0.05, dayBasis: 360 }
 */
export function rateQuoteFrom(parsed: ParsedRate, dayBasis: 360 | 365 = 360, field = 'rate'): Outcome<RateQuote> {
  switch (parsed.kind) {
    case 'annual':
      return success({ annualPct: parsed.percent });
    case 'monthly':
      return success({ monthlyPct: parsed.percent });
    case 'daily':
      return success({ dailyPct: parsed.percent, dayBasis });
    case 'monthlyFee':
      return success({ monthlyFeePct: parsed.percent });
    case 'unspecified':
      return failure({ field, code: 'rate.periodRequired' });
  }
}
