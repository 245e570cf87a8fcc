import { failure, success, type CalcIssue, type Outcome } from '../errors';
import { planPayoff } from './plan';
import type { PayoffInput, PayoffPlan, PayoffStrategy } from './types';

/**
 * Plans the same debts under avalanche, snowball, custom (only when `customOrder` is given) and
 * minimums. If a budget strategy fails, the comparison fails with its issues (deduplicated), so the
 * UI never shows a partial table. `minimums` ignores the budget and is left out when paying only the
 * minimums never ends; `planPayoff({ …, strategy: 'minimums' })` then gives the reason.
 * @example comparePayoffStrategies({ debts, monthlyBudget: new Dec('800') }) // => ok, value.avalanche.totalInterest …
 */
export function comparePayoffStrategies(
  input: Omit<PayoffInput, 'strategy'>,
): Outcome<Partial<Record<PayoffStrategy, PayoffPlan>>> {
  const strategies: PayoffStrategy[] = ['avalanche', 'snowball'];
  if (input.customOrder !== undefined) strategies.push('custom');
  const plans: Partial<Record<PayoffStrategy, PayoffPlan>> = {};
  const issues: CalcIssue[] = [];
  const seen = new Set<string>();
  for (const strategy of strategies) {
    const plan = planPayoff({ ...input, strategy });
    if (plan.ok) {
      plans[strategy] = plan.value;
      continue;
    }
    for (const issue of plan.issues) {
      const key = JSON.stringify(issue);
      if (!seen.has(key)) issues.push(issue), seen.add(key);
    }
  }
  if (issues.length > 0) return failure(...issues);
  const minimums = planPayoff({ ...input, strategy: 'minimums' });
  if (minimums.ok) plans.minimums = minimums.value;
  return success(plans);
}
