import type { CalcIssue } from '../errors';
import { failure, success, type Outcome } from '../errors';
import { ZERO, type Dec } from '../money/decimal';
import { certifyRounding, solveRate } from './irr';
import { dayNumber, parseIsoDate } from './dates';
import { aprcPctOfDaily, euBounds, euModel } from './eu-aprc';
import { MAX_FLOWS } from './limits';
import { inferUnitPeriod, periodsPerYear, regZModel, type CivilFlow } from './reg-z';
import { amountIssues } from './amounts';
import { aprFromModel } from './true-apr';
import { UNIT_PERIODS, type AprResult, type DatedFlow, type UnitPeriod } from './types';

export type DatedAprResult = AprResult & { aprcPct: Dec; regzAprPct: Dec; unitPeriod: UnitPeriod };

/**
 * APR of dated cash flows (positive = the borrower receives, negative = the borrower pays), by both
 * conventions at once:
 * - Reg Z Appendix J actuarial method → `nominalAprPct` = `regzAprPct` (unit-period rate × unit-periods
 *   per year), `effectivePct`, `periodicRate`, `periodsPerYear`. `unitPeriod` is inferred per (b)(4)
 *   when absent; odd days become fractions of a unit-period per (b)(5); the term starts on the first date.
 * - EU CCD Annex I → `aprcPct` (effective annual rate, time in days/365).
 * All in percent, full precision; the 2-decimal displays are certified in decimal.
 * Dates are ISO 'YYYY-MM-DD', handled as integer day counts (no time zone). Flows must be in date order.
 * Issues: `apr.flows.tooFew`, `date.invalid`, `apr.flows.dateOrder`, `amount.*`, `apr.flows.sameSign`,
 * `apr.flows.sameDay`, `apr.flows.startsWithPayment`, `apr.unitPeriod.unknown`, `apr.unitPeriod.termNeedsSinglePayment`,
 * `apr.rate.tooHigh` / `apr.rate.tooLow`, `apr.noSolution`, `apr.multipleSolutions`.
 * @example
 * aprFromDatedFlows({ flows: [{ date: '2025-03-01', amount: new Dec(5000) }, { date: '2025-03-31', amount: new Dec(-5075) }] })
 * // aprcPct 19.86…, regzAprPct 18.25 (unit-period = the 30-day term, 365/30 per year)
 */
export function aprFromDatedFlows(input: { flows: DatedFlow[]; unitPeriod?: UnitPeriod }): Outcome<DatedAprResult> {
  const parsed = parseFlows(input.flows);
  if (!parsed.ok) return parsed;
  const flows = parsed.value;
  if (input.unitPeriod !== undefined && !UNIT_PERIODS.includes(input.unitPeriod)) {
    return failure({ field: 'unitPeriod', code: 'apr.unitPeriod.unknown', params: { value: String(input.unitPeriod) } });
  }
  const inferred = inferUnitPeriod(flows);
  const unit = input.unitPeriod ?? inferred;
  if (unit === 'term' && inferred !== 'term') {
    return failure({ field: 'unitPeriod', code: 'apr.unitPeriod.termNeedsSinglePayment' });
  }
  // Netted per day: a fee deducted at payout lowers what was received (Civil Code art. 670).
  let received = ZERO;
  let totalPaid = ZERO;
  for (let k = 0; k < flows.length; ) {
    let net = ZERO;
    const day = flows[k]!.day;
    for (; k < flows.length && flows[k]!.day === day; k++) net = net.plus(flows[k]!.amount);
    if (net.gt(0)) received = received.plus(net);
    else totalPaid = totalPaid.minus(net);
  }
  const ppy = periodsPerYear(unit, flows[0]!.date, flows[flows.length - 1]!.date);
  const regz = aprFromModel(regZModel(flows, unit), ppy, { received, totalPaid });
  if (!regz.ok) return regz;
  const eu = euModel(flows);
  const euSolved = solveRate(eu, euBounds());
  if (!euSolved.ok) return euSolved;
  const aprc = certifyRounding(eu, euSolved.value, aprcPctOfDaily).value;
  const value = regz.value;
  return success({ ...value, aprcPct: aprc, regzAprPct: value.nominalAprPct, unitPeriod: unit });
}

/** Validates and parses the flows: dates, order, amounts, signs. */
function parseFlows(flows: DatedFlow[]): Outcome<CivilFlow[]> {
  if (!Array.isArray(flows) || flows.length < 2 || flows.length > MAX_FLOWS) {
    return failure({ field: 'flows', code: 'apr.flows.tooFew', params: { min: '2', max: String(MAX_FLOWS) } });
  }
  const issues: CalcIssue[] = [];
  const out: CivilFlow[] = [];
  flows.forEach((flow, index) => {
    const date = typeof flow.date === 'string' ? parseIsoDate(flow.date) : undefined;
    if (!date) {
      issues.push({ field: `flows.${index}.date`, code: 'date.invalid', params: { value: String(flow.date) } });
      return;
    }
    const amount = amountIssues(`flows.${index}.amount`, flow.amount, 'any');
    if (amount.length > 0) {
      issues.push(...amount);
      return;
    }
    const day = dayNumber(date);
    const prev = out[out.length - 1];
    if (prev && day < prev.day) issues.push({ field: `flows.${index}.date`, code: 'apr.flows.dateOrder', params: { index: String(index + 1) } });
    out.push({ date, day, amount: flow.amount });
  });
  if (issues.length > 0) return failure(...issues);
  if (!out.some((f) => f.amount.gt(0)) || !out.some((f) => f.amount.lt(0))) {
    return failure({ field: 'flows', code: 'apr.flows.sameSign' });
  }
  const first = out[0]!.day;
  if (out[out.length - 1]!.day === first) return failure({ field: 'flows', code: 'apr.flows.sameDay' });
  // Money must reach the borrower first (fees taken at payout are fine: they are netted on that day).
  const netFirst = out.filter((f) => f.day === first).reduce((s, f) => s.plus(f.amount), ZERO);
  if (!netFirst.gt(0)) return failure({ field: 'flows', code: 'apr.flows.startsWithPayment' });
  return success(out);
}
