import { failure, success, type Outcome } from '../errors';
import { ZERO } from '../money/decimal';
import { MAX_PAYOFF_MONTHS, simulatePayoff, type SimulateOptions } from './simulate';
import type { PayoffInput, PayoffPlan } from './types';
import { payoffInputIssues, terminationIssues } from './validate';

/**
 * Plans paying off several debts with one monthly budget. All figures in fen, exact sums of the rows.
 * Rules: see `simulatePayoff`; tie-breaks: see `strategies.ts` (avalanche = rate desc, balance asc,
 * input order; snowball = balance asc, rate desc, input order).
 * Issues: input shape/range; `payoff.budgetBelowMinimums` {needed}; `payoff.paymentBelowInterest`
 * {minimum} (both before any loop); `payoff.tooLong` {maxMonths} when 1,200 months are not enough.
 * @example planPayoff({ strategy: 'avalanche', monthlyBudget: new Dec('500'),
 *   debts: [{ name: 'card', balance: new Dec('10000'), aprPct: new Dec('20'), minPayment: new Dec('250') }] })
 * // => ok, months 25, totalInterest '2266.06'
 */
export function planPayoff(input: PayoffInput): Outcome<PayoffPlan> {
  const issues = payoffInputIssues(input);
  if (issues.length > 0) return failure(...issues);
  const stuck = terminationIssues(input);
  if (stuck.length > 0) return failure(...stuck);
  const opts: SimulateOptions = { strategy: input.strategy, monthlyBudget: input.monthlyBudget ?? ZERO };
  if (input.customOrder !== undefined) opts.customOrder = input.customOrder;
  if (input.startMonth !== undefined) opts.startMonth = input.startMonth;
  const plan = simulatePayoff(input.debts, opts);
  if (plan === undefined) return failure({ code: 'payoff.tooLong', params: { maxMonths: String(MAX_PAYOFF_MONTHS) } });
  return success(plan);
}
