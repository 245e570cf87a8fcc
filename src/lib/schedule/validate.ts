import type { CalcIssue } from '../errors';
import type { Dec } from '../money/decimal';
import { isCalendarMonth } from './calendar-month';
import { MAX_ANNUAL_PCT, MAX_MONTHS, MAX_PRINCIPAL, MIN_MONTHS } from './limits';
import { isFeeQuote, nominalAnnualPctOf, quotedPct } from './periodic-rate';
import type { ScheduleInput } from './types';

/** Issues for a money input in yuan: finite, ≥ 0 (or > 0), ≤ 10^12, at most 2 decimals. */
export function moneyIssues(field: string, value: Dec, opts: { positive: boolean }): CalcIssue[] {
  if (!value.isFinite()) return [{ field, code: 'amount.invalid' }];
  if (value.isNegative() && !value.isZero()) return [{ field, code: 'amount.negative' }];
  if (opts.positive && value.isZero()) return [{ field, code: 'amount.notPositive' }];
  if (value.gt(MAX_PRINCIPAL)) return [{ field, code: 'amount.tooLarge', params: { max: MAX_PRINCIPAL.toFixed() } }];
  if (value.decimalPlaces() > 2) return [{ field, code: 'amount.tooPrecise', params: { maxDecimals: '2' } }];
  return [];
}

/** Every problem with a schedule input, in field order; empty when the input can be scheduled. */
export function scheduleIssues(input: ScheduleInput): CalcIssue[] {
  const issues: CalcIssue[] = [...moneyIssues('principal', input.principal, { positive: true })];
  if (!Number.isInteger(input.months) || input.months < MIN_MONTHS || input.months > MAX_MONTHS) {
    issues.push({ field: 'months', code: 'term.outOfRange', params: { min: String(MIN_MONTHS), max: String(MAX_MONTHS) } });
  }
  const pct = quotedPct(input.rate);
  if ('dayBasis' in input.rate && input.rate.dayBasis !== 360 && input.rate.dayBasis !== 365) {
    issues.push({ field: 'rate', code: 'rate.dayBasisInvalid' });
  } else if (!pct.isFinite()) {
    issues.push({ field: 'rate', code: 'rate.invalid' });
  } else if (pct.isNegative() && !pct.isZero()) {
    issues.push({ field: 'rate', code: 'rate.negative' });
  } else if (nominalAnnualPctOf(input.rate).gt(MAX_ANNUAL_PCT)) {
    issues.push({ field: 'rate', code: 'rate.tooHigh', params: { max: MAX_ANNUAL_PCT.toFixed() } });
  }
  // A flat fee on the original principal and an interest rate on the balance are different prices.
  if (isFeeQuote(input.rate) !== (input.method === 'flat-fee')) {
    issues.push({ field: 'rate', code: 'schedule.rateKindMismatch', params: { method: input.method } });
  }
  if (input.periodicFee !== undefined) issues.push(...moneyIssues('periodicFee', input.periodicFee, { positive: false }));
  if (input.startMonth !== undefined && !isCalendarMonth(input.startMonth)) {
    issues.push({ field: 'startMonth', code: 'date.invalid' });
  }
  return issues;
}
