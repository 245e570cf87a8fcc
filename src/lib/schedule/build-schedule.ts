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
import { decFromFen, fenOf, MAX_EXACT_FEN } from '../money/fen';
import type { CoreRow, FenRow, RepaymentMethod, Schedule, ScheduleInput, ScheduleRow } from './types';
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

/** Attaches period numbers, the periodic fee and due months, and sums the rounded rows. */
export function assembleSchedule(
  core: CoreRow[],
  rate: PeriodRate,
  opts: { periodicFee?: Dec; startMonth?: string; firstPeriod?: number } = {},
): Schedule {
  const fee = opts.periodicFee ?? ZERO;
  const first = opts.firstPeriod ?? 1;
  const rates = {
    monthlyRate: rateFraction(rate),
    nominalAnnualPct: annualPctOfMonthly(rate),
    effectiveAnnualPct: effectiveAnnualPct(rateFraction(rate)),
  };
  const inFen = assembleInFen(core, fee, first, opts.startMonth);
  if (inFen) return { ...inFen, ...rates };
  const totals = { payment: ZERO, principal: ZERO, interest: ZERO, fee: ZERO };
  const rows = core.map((r, index): ScheduleRow => {
    const period = first + index;
    const payment = r.principal.plus(r.interest).plus(fee);
    totals.payment = totals.payment.plus(payment);
    totals.principal = totals.principal.plus(r.principal);
    totals.interest = totals.interest.plus(r.interest);
    totals.fee = totals.fee.plus(fee);
    const row: ScheduleRow = { period, payment, principal: r.principal, interest: r.interest, fee, balance: r.balance };
    if (opts.startMonth !== undefined) row.dueMonth = addMonths(opts.startMonth, period - 1);
    return row;
  });
  return { rows, totals, ...rates };
}

/**
 * The same rows and sums in whole fen, when every core row carries its fen figures (all the method
 * files; a row edited by prepayment does not) and the fee is whole fen: sums of whole numbers are exact
 * below 2^52, checked. A payment equal to the row above's shares its Dec.
 */
function assembleInFen(core: CoreRow[], fee: Dec, first: number, startMonth: string | undefined): Pick<Schedule, 'rows' | 'totals'> | undefined {
  const feeFen = fenOf(fee);
  if (feeFen === undefined || !core.every((r) => r.fen !== undefined)) return undefined;
  let payment = 0;
  let principal = 0;
  let interest = 0;
  let lastPayment = NaN;
  let paymentDec = ZERO;
  const rows = core.map((r, index): ScheduleRow => {
    const fen = r.fen as FenRow;
    const period = first + index;
    const rowPayment = fen.principal + fen.interest + feeFen;
    if (rowPayment !== lastPayment) {
      lastPayment = rowPayment;
      paymentDec = decFromFen(rowPayment);
    }
    payment += rowPayment;
    principal += fen.principal;
    interest += fen.interest;
    const row: ScheduleRow = { period, payment: paymentDec, principal: r.principal, interest: r.interest, fee, balance: r.balance };
    if (startMonth !== undefined) row.dueMonth = addMonths(startMonth, period - 1);
    return row;
  });
  const feeTotal = feeFen * core.length;
  if (![payment, principal, interest, feeTotal].every((x) => Math.abs(x) < MAX_EXACT_FEN)) return undefined;
  return { rows, totals: { payment: decFromFen(payment), principal: decFromFen(principal), interest: decFromFen(interest), fee: decFromFen(feeTotal) } };
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
