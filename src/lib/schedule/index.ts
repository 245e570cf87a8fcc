/** Public API of the repayment-schedule engine. */
export type { CoreRow, RateQuote, RepaymentMethod, Schedule, ScheduleInput, ScheduleRow } from './types';
export { buildSchedule } from './build-schedule';
export { annuityPayment } from './equal-installment';
export { monthlyPeriodRate, monthlyRateOf, nominalAnnualPct, nominalAnnualPctOf, effectiveAnnualPct } from './periodic-rate';
export { addMonths, isCalendarMonth } from './calendar-month';
export { MAX_ANNUAL_PCT, MAX_MONTHS, MAX_PRINCIPAL, MIN_MONTHS } from './limits';
export { applyPrepayment, type Prepayment, type PrepaymentMode, type PrepaymentResult } from './prepayment';
export { rateQuoteFrom } from './rate-quote';
