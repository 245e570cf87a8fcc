import { failure, success, type CalcIssue, type Outcome } from '../errors';
import { Dec, ZERO } from '../money/decimal';
import { toFen } from '../money/rounding';
import { bulletRows } from './bullet';
import { assembleSchedule, coreRows } from './build-schedule';
import { wholeFen } from './fen-rows';
import { annuityPayment } from './equal-installment';
import { monthlyPeriodRate } from './periodic-rate';
import { rateFraction, type PeriodRate } from '../money/interest';
import type { CoreRow, RepaymentMethod, Schedule, ScheduleInput } from './types';
import { moneyIssues, scheduleIssues } from './validate';

/** 缩短期限 keeps the payment and ends sooner; 减少月供 keeps the end date and lowers the payment. */
export type PrepaymentMode = 'shorter-term' | 'lower-payment';

export interface Prepayment {
  /** Period (1-based) whose regular payment the prepayment goes with; 1 … months − 1. */
  month: number;
  /** Extra principal, yuan, below the balance left after that period's payment; or 'full' (提前结清). */
  amount: Dec | 'full';
  mode: PrepaymentMode;
  /** Lender's prepayment charge, percent of the amount prepaid (违约金). Default 0. */
  feePct?: Dec;
}

export interface PrepaymentResult {
  original: Schedule;
  /** Rows up to `month` as before (that row also carries the prepaid principal), then the new tail. */
  schedule: Schedule;
  /** Extra principal paid at `month`, yuan. */
  prepaidAmount: Dec;
  /** toFen(prepaidAmount × feePct / 100). Not in `schedule`'s totals. */
  fee: Dec;
  /** original.totals.interest − schedule.totals.interest (interest or flat fees). */
  interestSaved: Dec;
  /** original.totals.payment − schedule.totals.payment − fee: money kept, after the charge. May be negative. */
  netSaving: Dec;
  monthsSaved: number;
}

/** Modes that change something for each method; partial prepayment of flat-fee and bullet loans is not modelled. */
const PARTIAL_MODES: Record<RepaymentMethod, PrepaymentMode[]> = {
  'equal-installment': ['shorter-term', 'lower-payment'],
  'equal-principal': ['shorter-term', 'lower-payment'],
  'interest-only': ['lower-payment'],
  'flat-fee': [],
  bullet: [],
};

/** Smallest term (≤ maxMonths) whose fen-rounded annuity does not exceed `payment`. Binary search: the annuity falls as the term grows. */
function termForPayment(balance: Dec, monthlyRate: Dec, payment: Dec, maxMonths: number): number {
  let low = 1;
  let high = maxMonths;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (toFen(annuityPayment(balance, monthlyRate, mid)).lte(payment)) high = mid;
    else low = mid + 1;
  }
  return low;
}

function tailRows(input: ScheduleInput, rate: PeriodRate, balance: Dec, remaining: number, mode: PrepaymentMode): CoreRow[] {
  if (mode === 'lower-payment') return coreRows(input.method, balance, rate, remaining);
  if (input.method === 'equal-installment') {
    const monthlyRate = rateFraction(rate);
    const payment = toFen(annuityPayment(input.principal, monthlyRate, input.months));
    return coreRows(input.method, balance, rate, termForPayment(balance, monthlyRate, payment, remaining));
  }
  // equal-principal: about the same principal part a month as before, over fewer months.
  const part = toFen(input.principal.div(input.months));
  const months = part.isZero() ? remaining : Math.min(remaining, balance.div(part).ceil().toNumber());
  return coreRows(input.method, balance, rate, Math.max(1, months));
}

/**
 * Early repayment (提前还款) together with period `month`'s regular payment. The tail is rebuilt with the
 * same row rule as `buildSchedule` (fen rounding, last row absorbs the residue). 'full' ends the loan at
 * `month`: for flat-fee loans the monthly fees are assumed to stop (the contract decides; a charge can be
 * given as feePct); a bullet loan pays simple interest for the months used.
 * shorter-term: equal-installment keeps (at most) the old payment; equal-principal keeps about the old
 * principal part. Issues: the schedule's own; prepayment.monthOutOfRange {min, max};
 * prepayment.amountNotBelowBalance {balance}; prepayment.modeNotApplicable {method, mode};
 * prepayment.nothingOwed; amount.* on `amount`; rate.negative / rate.tooHigh {max} on `feePct`.
 * @example applyPrepayment({ method: 'equal-installment', principal: new Dec('100000'), months: 12,
 *   rate: { annualPct: new Dec('12') } }, { month: 6, amount: 'full', mode: 'shorter-term' })
 * // => ok; value.monthsSaved 6
 */
export function applyPrepayment(input: ScheduleInput, p: Prepayment): Outcome<PrepaymentResult> {
  const inputIssues = scheduleIssues(input);
  if (inputIssues.length > 0) return failure(...inputIssues);
  const issues: CalcIssue[] = [];
  if (!Number.isInteger(p.month) || p.month < 1 || p.month >= input.months) {
    issues.push({ field: 'month', code: 'prepayment.monthOutOfRange', params: { min: '1', max: String(input.months - 1) } });
  }
  if (p.amount !== 'full') issues.push(...moneyIssues('amount', p.amount, { positive: true }));
  const feePct = p.feePct ?? ZERO;
  if (!feePct.isFinite() || (feePct.isNegative() && !feePct.isZero())) issues.push({ field: 'feePct', code: 'rate.negative' });
  else if (feePct.gt(100)) issues.push({ field: 'feePct', code: 'rate.tooHigh', params: { max: '100' } });
  if (p.amount !== 'full' && !PARTIAL_MODES[input.method].includes(p.mode)) {
    issues.push({ field: 'mode', code: 'prepayment.modeNotApplicable', params: { method: input.method, mode: p.mode } });
  }
  if (issues.length > 0) return failure(...issues);

  const rate = monthlyPeriodRate(input.rate);
  const before = coreRows(input.method, input.principal, rate, input.months);
  const balance = before[p.month - 1]?.balance ?? ZERO;
  if (balance.isZero()) return failure({ field: 'month', code: 'prepayment.nothingOwed' });
  if (p.amount !== 'full' && p.amount.gte(balance)) {
    return failure({ field: 'amount', code: 'prepayment.amountNotBelowBalance', params: { balance: balance.toFixed(2) } });
  }
  const prepaid = p.amount === 'full' ? balance : p.amount;
  const left = balance.minus(prepaid);

  let rows: CoreRow[];
  if (input.method === 'bullet') {
    // Nothing was paid yet: settle the principal with simple interest for the months used.
    rows = bulletRows(input.principal, rate, p.month);
  } else {
    rows = before.slice(0, p.month);
    const last = rows[p.month - 1] as CoreRow;
    const fen = { principal: last.fen.principal + wholeFen(prepaid), interest: last.fen.interest, balance: wholeFen(left) };
    rows[p.month - 1] = { principal: last.principal.plus(prepaid), interest: last.interest, balance: left, fen };
    if (!left.isZero()) rows.push(...tailRows(input, rate, left, input.months - p.month, p.mode));
  }

  const opts: { periodicFee?: Dec; startMonth?: string } = {};
  if (input.periodicFee !== undefined) opts.periodicFee = input.periodicFee;
  if (input.startMonth !== undefined) opts.startMonth = input.startMonth;
  const original = assembleSchedule(before, rate, opts);
  const schedule = assembleSchedule(rows, rate, opts);
  const fee = toFen(prepaid.times(feePct).div(100));
  return success({
    original,
    schedule,
    prepaidAmount: prepaid,
    fee,
    interestSaved: original.totals.interest.minus(schedule.totals.interest),
    netSaving: original.totals.payment.minus(schedule.totals.payment).minus(fee),
    monthsSaved: original.rows.length - schedule.rows.length,
  });
}
