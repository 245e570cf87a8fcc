/** Public API of the input parsers: text as people type it → Decimal figures or issues. */
export { parseAmount, MAX_AMOUNT, type ParseAmountOptions } from './amount';
export { parseRate, MAX_RATE_ANNUAL_PCT, FEN_LI_PERCENT, type ParsedRate, type ParseRateOptions, type RateConvention, type RateKind, type RateUnderstood } from './rate';
export { parseTermMonths, parseTerm, MIN_TERM_MONTHS, MAX_TERM_MONTHS, MAX_TERM, TERM_UNITS, type ParsedTerm, type TermUnit } from './term';
export { parseDate } from './date';
export { readChineseNumeral, chineseToDecimal, type NumeralRead } from './chinese-numerals';
// The quote reader is imported from './quote' directly: it is large and only the APR paste box needs it,
// so it stays out of the parsers every tool loads.
export type { QuoteConflict, QuoteField, QuoteFinding, QuoteReading, QuoteSpan, QuoteUnread } from './quote';
