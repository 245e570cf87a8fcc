/** Public API of the legal-line checker: where an APR stands against China's interest lines. */
export { checkLegalLines, type LegalLine, type LegalLineId, type LegalVerdict, type LenderType, type LineStatus } from './legal-lines';
export { lprOn, LPR_COVERAGE, type LprValue } from './lpr';
export { default as legalSources } from './legal-sources.json';
