import { failure, success, type Outcome } from '../errors';
import { Dec, ZERO } from '../money/decimal';
import { bulletRows } from './bullet';
import { addMonths } from './calendar-month';
import { equalInstallmentRows } from './equal-installment';
import { equalPrincipalRows } from './equal-principal';
import { flatFeeRows } from './flat-fee';
import { interestOnlyRows } from './interest-only';
import { annualPctOfMonthly, effectiveAnnualPct, monthlyPeriodRate } from './periodic-rate';
import { rateFraction, type PeriodRate } from '../money/interest';
import { decFromFen, MAX_EXACT_FEN } from '../money/fen';
import { wholeFen } from './fen-rows';
import type { CoreRow, RepaymentMethod, Schedule, ScheduleInput, ScheduleRow } from './types';
import { scheduleIssues } from './validate';

const ROW_BUILDERS: Record<RepaymentMethod, (principal: Dec, rate: PeriodRate, months: number) => CoreRow[]> = {
  'equal-installment': equalInstallmentRows,
  'equal-principal': equalPrincipalRows,
  'interest-only': interestOnlyRows,
  'flat-fee': flatFeeRows,
  bullet: bulletRows,
};

/** Core rows of one method, without validation (internal; prepayment rebuilds tails with it). */
export const coreRows = (method: RepaymentMethod, principal: Dec, rate: PeriodRate, months: number): CoreRow[] =>
  ROW_BUILDERS[method](principal, rate, months);

/**
 * Attaches period numbers, the periodic fee and due months, and sums the rounded rows, in whole fen
 * (every core row carries its fen figures; the fee is validated whole fen). Sums of non-negative whole
 * numbers are exact while the total stays below 2^52 fen; past that (10,000 % a year for decades), or
 * where a row's figure is past it (its fen is NaN), the payment or total is summed in Dec. A payment equal to the row above's shares its Dec.
 */
export function assembleSchedule(
  core: CoreRow[],
  rate: PeriodRate,
  opts: { periodicFee?: Dec; startMonth?: string; firstPeriod?: number } = {},
): Schedule {
  const fee = opts.periodicFee ?? ZERO;
  const feeFen = wholeFen(fee);
  const first = opts.firstPeriod ?? 1;
  let payment = 0;
  let principal = 0;
  let interest = 0;
  let lastPayment = NaN;
  let paymentDec = ZERO;
  const rows = core.map((r, index): ScheduleRow => {
    const period = first + index;
    const rowPayment = r.fen.principal + r.fen.interest + feeFen;
    if (!(rowPayment < MAX_EXACT_FEN)) {
      // a figure past the exact range (fen NaN): this payment in Dec
      lastPayment = NaN;
      paymentDec = r.principal.plus(r.interest).plus(fee);
    } else if (rowPayment !== lastPayment) {
      lastPayment = rowPayment;
      paymentDec = decFromFen(rowPayment);
    }
    payment += rowPayment;
    principal += r.fen.principal;
    interest += r.fen.interest;
    const row: ScheduleRow = { period, payment: paymentDec, principal: r.principal, interest: r.interest, fee, balance: r.balance };
    if (opts.startMonth !== undefined) row.dueMonth = addMonths(opts.startMonth, period - 1);
    return row;
  });
  const total = (fen: number, figure: (row: ScheduleRow) => Dec) => (fen < MAX_EXACT_FEN ? decFromFen(fen) : rows.reduce((sum, row) => sum.plus(figure(row)), ZERO));
  return {
    rows,
    totals: { payment: total(payment, (r) => r.payment), principal: total(principal, (r) => r.principal), interest: total(interest, (r) => r.interest), fee: total(feeFen * rows.length, (r) => r.fee) },
    monthlyRate: rateFraction(rate),
    nominalAnnualPct: annualPctOfMonthly(rate),
    effectiveAnnualPct: effectiveAnnualPct(rateFraction(rate)),
  };
}

/**
 * Builds a repayment schedule. Every row figure is rounded to the fen (half up) as lenders print
 * them: interest = periodInterest(balance, rate) (money/interest.ts); the last row absorbs the rounding residue, so the rows'
 * principal sums to the principal exactly; totals are sums of the rounded rows. 0 % works.
 * Issues (never exceptions) for principal ≤ 0 or > 10^12 or > 2 decimals, months outside 1–600,
 * negative or > 10,000 %/yr rates, a flat-fee quote on a non-flat method (or the reverse).
 * @example
 * const s = buildSchedule({ method: 'equal-installment', principal: new Dec('100000'), months: 12,
 *   rate: { annualPct: new Dec('12') } });
 * s.ok && s.value.rows[0].payment.toFixed(2) // => '8884.88'
 */
export function buildSchedule(input: ScheduleInput): Outcome<Schedule> {
  const issues = scheduleIssues(input);
  if (issues.length > 0) return failure(...issues);
  const rate = monthlyPeriodRate(input.rate);
  const core = coreRows(input.method, input.principal, rate, input.months);
  const opts: { periodicFee?: Dec; startMonth?: string } = {};
  if (input.periodicFee !== undefined) opts.periodicFee = input.periodicFee;
  if (input.startMonth !== undefined) opts.startMonth = input.startMonth;
  return success(assembleSchedule(core, rate, opts));
}
