import type { CalcIssue } from '../errors';
import { failure, success, type Outcome } from '../errors';
import { Dec, HUNDRED, ZERO } from '../money/decimal';
import { modelFromRuns, type CashFlowModel, type FlowRun } from './cash-flow-model';
import { effectivePctOf } from './effective-rate';
import { certifyRounding, solveRate } from './irr';
import { aprInFloat, aprOfTerm } from './certify';
import { amountIssues } from './amounts';
import { quoteCashFlows } from './cash-flows';
import { MAX_APR_PCT, MAX_FLOWS, MIN_APR_PCT } from './limits';
import type { AprResult, LoanQuote } from './types';

/** Search bounds for the periodic rate from the nominal APR limits (−99.99 % … 10,000 %). */
export function rateBounds(periodsPerYear: Dec, maxFraction: number) {
  let min = MIN_APR_FRACTION.div(periodsPerYear);
  // 1 + fraction·i must stay positive (odd periods up to 31/30 of a month).
  if (maxFraction > 1) min = Dec.max(min, new Dec(-0.99).div(maxFraction));
  return { min, max: MAX_APR_FRACTION.div(periodsPerYear) };
}

const MIN_APR_FRACTION = MIN_APR_PCT.div(HUNDRED);
const MAX_APR_FRACTION = MAX_APR_PCT.div(HUNDRED);

/**
 * Solves a model and reports it: nominal = i × periodsPerYear, effective = (1 + i)^periodsPerYear − 1,
 * both in percent at full precision, their 2-decimal display certified: in float with a proven error
 * bound when it can be, a boundary inside the bound decided exactly ({@link aprInFloat}); a single-payment
 * term at a fractional period count exactly ({@link aprOfTerm}); otherwise in decimal
 * ({@link aprFromModelDecimal}: odd-day fractions, several payments at a fractional period count, or a float
 * certificate that does not go through), where an APR exactly on a line may come out a hair to either side.
 */
export function aprFromModel(model: CashFlowModel, periodsPerYear: Dec, money: { received: Dec; totalPaid: Dec }): Outcome<AprResult> {
  if (!model.netAtZero.isZero()) {
    const bounds = rateBounds(periodsPerYear, model.maxFraction);
    const fast = periodsPerYear.isInteger() ? aprInFloat(model, periodsPerYear, bounds) : aprOfTerm(model, periodsPerYear, bounds);
    if (fast) return success(report(fast, periodsPerYear, money));
  }
  return aprFromModelDecimal(model, periodsPerYear, money);
}

function report(figures: Pick<AprResult, 'nominalAprPct' | 'effectivePct' | 'periodicRate'>, periodsPerYear: Dec, money: { received: Dec; totalPaid: Dec }): AprResult {
  return {
    ...figures,
    periodsPerYear: periodsPerYear.toNumber(),
    totalPaid: money.totalPaid,
    totalCost: money.totalPaid.minus(money.received),
    received: money.received,
  };
}

/**
 * The reference: the same answer solved and certified in 40-digit decimal (solveRate, certifyRounding).
 * The fallback of {@link aprFromModel} and the oracle its tests compare the float path with.
 */
export function aprFromModelDecimal(model: CashFlowModel, periodsPerYear: Dec, money: { received: Dec; totalPaid: Dec }): Outcome<AprResult> {
  const solved = solveRate(model, rateBounds(periodsPerYear, model.maxFraction));
  if (!solved.ok) return solved;
  const nominal = (r: Dec) => r.times(periodsPerYear).times(HUNDRED);
  const byNominal = certifyRounding(model, solved.value, nominal);
  const byEffective = certifyRounding(model, byNominal.solution, (r) => effectivePctOf(r, periodsPerYear));
  const solution = byEffective.solution;
  // Last guard: whatever the inputs, a figure that is not finite is reported as no solution, never shown.
  if (!byEffective.value.isFinite() || !byNominal.value.isFinite()) return failure({ code: 'apr.noSolution' });
  const nominalAprPct = solution === byNominal.solution ? byNominal.value : nominal(solution.rate);
  return success(report({ nominalAprPct, effectivePct: byEffective.value, periodicRate: solution.rate }, periodsPerYear, money));
}

/** periodsPerYear may be a Dec for an exact fraction (a 30-day term is 365/30 periods a year). */
export type PeriodicInput =
  | { received: Dec; payments: Dec[]; periodsPerYear?: number | Dec }
  | { received: Dec; payment: Dec; count: number; periodsPerYear: number | Dec };

/**
 * APR of equal periods: `received` now, then one payment per period starting one period later
 * (`payments[k]` is due k + 1 periods after the payout). periodsPerYear defaults to 12.
 * Full precision; round with toDisplayPct only when showing it (the 2-decimal display is certified).
 * Issues: `apr.received.*` / `amount.*` on bad amounts, `apr.payments.none` when nothing is repaid,
 * `apr.count.outOfRange`, `apr.periodsPerYear.invalid`, `apr.rate.tooHigh` / `apr.rate.tooLow`.
 * @example
 * aprFromPeriodic({ received: new Dec(8500), payment: new Dec(1000), count: 12, periodsPerYear: 12 })
 * // nominalAprPct ≈ 69.00…, effectivePct ≈ 95.60… (the 砍头息 case: 10,000 contract, 1,500 deducted)
 */
export function aprFromPeriodic(input: PeriodicInput): Outcome<AprResult> {
  const issues: CalcIssue[] = [];
  const ppy = new Dec(input.periodsPerYear ?? 12);
  // At least one period a year, as the message says: a fuzzer found that 1e-271 periods a year let
  // the rate bounds overflow into an infinite effective rate.
  if (!ppy.isFinite() || ppy.lt(1) || ppy.gt(366)) {
    issues.push({ field: 'periodsPerYear', code: 'apr.periodsPerYear.invalid', params: { min: '1', max: '366' } });
  }
  issues.push(...amountIssues('received', input.received, 'positive'));
  // Payments as runs of equal amounts: a 360-period annuity is one run, evaluated in closed form.
  const runs: FlowRun[] = [{ amount: input.received, t0: 0, count: 1, fraction: ZERO }];
  if ('payments' in input) {
    const payments = input.payments;
    if (payments.length === 0 || payments.length > MAX_FLOWS) {
      issues.push({ field: 'payments', code: 'apr.count.outOfRange', params: { min: '1', max: String(MAX_FLOWS) } });
    }
    for (let k = 0; k < payments.length; k++) {
      const p = payments[k]!;
      const last = runs[runs.length - 1]!;
      if (k > 0 && last.amount.eq(p.neg())) {
        last.count += 1;
        continue;
      }
      const [issue] = amountIssues('payments', p, 'notNegative');
      if (issue) {
        issues.push({ ...issue, params: { ...issue.params, index: String(k + 1) } });
        break;
      }
      runs.push({ amount: p.neg(), t0: k + 1, count: 1, fraction: ZERO });
    }
  } else if (!Number.isInteger(input.count) || input.count < 1 || input.count > MAX_FLOWS) {
    issues.push({ field: 'count', code: 'apr.count.outOfRange', params: { min: '1', max: String(MAX_FLOWS) } });
  } else {
    issues.push(...amountIssues('payment', input.payment, 'notNegative'));
    runs.push({ amount: input.payment.neg(), t0: 1, count: input.count, fraction: ZERO });
  }
  if (issues.length > 0) return failure(...issues);
  let totalPaid = ZERO;
  for (let k = 1; k < runs.length; k++) totalPaid = totalPaid.minus(runs[k]!.amount.times(runs[k]!.count));
  if (totalPaid.isZero()) return failure({ field: 'payments', code: 'apr.payments.none' });
  return aprFromModel(modelFromRuns(runs), ppy, { received: input.received, totalPaid });
}


/**
 * APR of a lender's quote (contract amount, method, price, periodic and up-front fees): the schedule
 * is built with the lender's own method (buildSchedule), and the IRR is taken on the money ACTUALLY
 * received (Civil Code art. 670), monthly periods, so periodsPerYear = 12. Full precision; the
 * 2-decimal display is certified; `payments` are the monthly payments. Issues: those of
 * {@link quoteCashFlows} and of {@link aprFromPeriodic}.
 * @example
 * aprFromQuote({ method: 'flat-fee', principal: new Dec(10000), months: 12, rate: { monthlyFeePct: new Dec('0.6') } })
 * // nominalAprPct 13.03… (the "0.6 % a month" that is not 7.2 % a year), totalCost 720.00
 */
export function aprFromQuote(q: LoanQuote): Outcome<AprResult & { payments: Dec[] }> {
  const flows = quoteCashFlows(q);
  if (!flows.ok) return flows;
  const result = aprFromPeriodic({ received: flows.value.received, payments: flows.value.payments, periodsPerYear: 12 });
  // The monthly payments too, so a reader can check them against the contract.
  return result.ok ? success({ ...result.value, payments: flows.value.payments }) : result;
}
