/** Public API of the APR engine: what a loan really costs, as an annual rate. */
export type { AprResult, DatedFlow, LoanQuote, UnitPeriod, UpfrontFee } from './types';
export { UNIT_PERIODS } from './types';
export { aprFromPeriodic, aprFromQuote, type PeriodicInput } from './true-apr';
export { quoteCashFlows, type QuoteCashFlows } from './cash-flows';
export { aprFromDatedFlows, type DatedAprResult } from './dated-flows';
export { MAX_APR_PCT, MIN_APR_PCT } from './limits';
