import type { CalcIssue } from '../errors';
import { failure, success, type Outcome } from '../errors';
import { ZERO, type Dec } from '../money/decimal';
import { buildSchedule, type Schedule } from '../schedule';
import { amountIssues } from './amounts';
import type { LoanQuote } from './types';

/** What a quote turns into: money paid out now, then one monthly payment per schedule row. */
export interface QuoteCashFlows {
  /** Money the borrower actually receives (the real principal, Civil Code art. 670), yuan. */
  received: Dec;
  /** Σ up-front deductions, yuan. */
  upfrontTotal: Dec;
  /** Monthly payments as the lender's schedule prints them (fen, last row absorbs rounding), yuan. */
  payments: Dec[];
  schedule: Schedule;
}

/**
 * A lender's quote → cash flows. The schedule (and so every payment) is built on the CONTRACT amount
 * with the lender's own method and price, via buildSchedule; the periodic fee is part of each payment.
 * The money received is `received`, or the contract amount minus the up-front fees (砍头息, service,
 * guarantee, membership …). Giving both is fine only if they agree.
 * Issues: the schedule's own (`amount.*`, `term.outOfRange`, `rate.*` …) plus `amount.*` on fees,
 * `apr.quote.receivedMismatch` {expected}, `apr.quote.feesExceedPrincipal`.
 * @example quoteCashFlows({ method: 'flat-fee', principal: new Dec(10000), months: 12, rate: { monthlyFeePct: new Dec('0.6') },
 *   upfrontFees: [{ kind: 'service', amount: new Dec(500) }] }) // received 9,500; 11 × 893.33 then 893.37
 */
export function quoteCashFlows(q: LoanQuote): Outcome<QuoteCashFlows> {
  const schedule = buildSchedule({
    method: q.method,
    principal: q.principal,
    months: q.months,
    rate: q.rate,
    ...(q.periodicFee !== undefined ? { periodicFee: q.periodicFee } : {}),
  });
  const issues: CalcIssue[] = schedule.ok ? [] : [...schedule.issues];
  let upfrontTotal = ZERO;
  (q.upfrontFees ?? []).forEach((fee, index) => {
    const found = amountIssues(`upfrontFees.${index}.amount`, fee.amount, 'notNegative');
    issues.push(...found);
    if (found.length === 0) upfrontTotal = upfrontTotal.plus(fee.amount);
  });
  if (q.received !== undefined) issues.push(...amountIssues('received', q.received, 'positive'));
  if (issues.length > 0 || !schedule.ok) return failure(...issues);
  const afterFees = q.principal.minus(upfrontTotal);
  if (q.received !== undefined && q.upfrontFees !== undefined && q.upfrontFees.length > 0 && !q.received.eq(afterFees)) {
    return failure({ field: 'received', code: 'apr.quote.receivedMismatch', params: { expected: afterFees.toFixed() } });
  }
  const received = q.received ?? afterFees;
  if (!received.gt(0)) return failure({ field: 'upfrontFees', code: 'apr.quote.feesExceedPrincipal', params: { principal: q.principal.toFixed() } });
  return success({
    received,
    upfrontTotal: q.received !== undefined ? q.principal.minus(q.received) : upfrontTotal,
    payments: schedule.value.rows.map((r) => r.payment),
    schedule: schedule.value,
  });
}
