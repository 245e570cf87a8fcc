/** Public API of the input parsers: text as people type it → Decimal figures or issues. */
export { parseAmount, MAX_AMOUNT, type ParseAmountOptions } from './amount';
export { parseRate, MAX_RATE_ANNUAL_PCT, type ParsedRate, type ParseRateOptions, type RateKind } from './rate';
export { parseTermMonths, MIN_TERM_MONTHS, MAX_TERM_MONTHS } from './term';
export { parseDate } from './date';
