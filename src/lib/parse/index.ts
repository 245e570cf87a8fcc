/** Public API of the input parsers: text as people type it → Decimal figures or issues. */
export { parseAmount, MAX_AMOUNT, type ParseAmountOptions } from './amount';
export { parseRate, MAX_RATE_ANNUAL_PCT, FEN_LI_PERCENT, type ParsedRate, type ParseRateOptions, type RateConvention, type RateKind, type RateUnderstood } from './rate';
export { parseTermMonths, parseTerm, MIN_TERM_MONTHS, MAX_TERM_MONTHS, MAX_TERM, TERM_UNITS, type ParsedTerm, type TermUnit } from './term';
export { parseDate } from './date';
export { readChineseNumeral, chineseToDecimal, type NumeralRead } from './chinese-numerals';
export { readQuote, MAX_QUOTE_LENGTH, type QuoteConflict, type QuoteField, type QuoteFinding, type QuoteReading, type QuoteSpan, type QuoteUnread } from './quote';
