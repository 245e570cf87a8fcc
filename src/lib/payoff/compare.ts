import { failure, success, type CalcIssue, type Outcome } from '../errors';
import { planPayoff } from './plan';
import type { PayoffInput, PayoffPlan, PayoffStrategy } from './types';

export interface PayoffComparison {
  /** Avalanche, snowball, custom (when an order is given) and minimums (when paying only those ever ends). */
  plans: Partial<Record<PayoffStrategy, PayoffPlan>>;
  /** Why paying only the minimums never ends, when it does not (empty otherwise). */
  minimumsIssues: CalcIssue[];
}

/**
 * Plans the same debts under avalanche, snowball, custom (only when `customOrder` is given) and
 * minimums. If a budget strategy fails, the comparison fails with its issues (deduplicated), so the
 * UI never shows a partial table. `minimums` ignores the budget; when paying only the minimums never
 * ends it is left out and `minimumsIssues` says why. Plans already made for the same input (`known`,
 * e.g. the strategy the reader chose, computed first) are reused, not planned again.
 * @example comparePayoffStrategies({ debts, monthlyBudget: new Dec('800') }) // => ok, value.plans.avalanche.totalInterest …
 */
export function comparePayoffStrategies(
  input: Omit<PayoffInput, 'strategy'>,
  known: Partial<Record<PayoffStrategy, PayoffPlan>> = {},
): Outcome<PayoffComparison> {
  const strategies: PayoffStrategy[] = ['avalanche', 'snowball'];
  if (input.customOrder !== undefined) strategies.push('custom');
  const plans: Partial<Record<PayoffStrategy, PayoffPlan>> = {};
  const issues: CalcIssue[] = [];
  const seen = new Set<string>();
  const plan = (strategy: PayoffStrategy): Outcome<PayoffPlan> => {
    const done = known[strategy];
    return done ? success(done) : planPayoff({ ...input, strategy });
  };
  for (const strategy of strategies) {
    const planned = plan(strategy);
    if (planned.ok) {
      plans[strategy] = planned.value;
      continue;
    }
    for (const issue of planned.issues) {
      const key = JSON.stringify(issue);
      if (!seen.has(key)) issues.push(issue), seen.add(key);
    }
  }
  if (issues.length > 0) return failure(...issues);
  const minimums = plan('minimums');
  if (minimums.ok) plans.minimums = minimums.value;
  return success({ plans, minimumsIssues: minimums.ok ? [] : minimums.issues });
}
