import type { CalcIssue } from '../errors';
import { Dec, ZERO } from '../money/decimal';
import { periodInterest, periodRate } from '../money/interest';
import { isCalendarMonth } from '../schedule/calendar-month';
import { MAX_ANNUAL_PCT } from '../schedule/limits';
import { moneyIssues } from '../schedule/validate';
import type { PayoffInput } from './types';

/** Most debts one plan takes. */
export const MAX_DEBTS = 50;

/** The same interest the monthly loop charges in month 1 (one formula: money/interest.ts). */
const firstMonthInterest = (balance: Dec, aprPct: Dec): Dec => periodInterest(balance, periodRate(aprPct, 1200));

/** Shape and range problems: debts, amounts, rates, budget presence, custom order, start month. */
export function payoffInputIssues(input: PayoffInput): CalcIssue[] {
  const issues: CalcIssue[] = [];
  const n = input.debts.length;
  if (n === 0) issues.push({ field: 'debts', code: 'payoff.noDebts' });
  if (n > MAX_DEBTS) issues.push({ field: 'debts', code: 'payoff.tooManyDebts', params: { max: String(MAX_DEBTS) } });
  input.debts.forEach((d, i) => {
    issues.push(...moneyIssues(`debts.${i}.balance`, d.balance, { positive: false }));
    issues.push(...moneyIssues(`debts.${i}.minPayment`, d.minPayment, { positive: false }));
    const field = `debts.${i}.aprPct`;
    if (!d.aprPct.isFinite()) issues.push({ field, code: 'rate.invalid' });
    else if (d.aprPct.isNegative() && !d.aprPct.isZero()) issues.push({ field, code: 'rate.negative' });
    else if (d.aprPct.gt(MAX_ANNUAL_PCT)) issues.push({ field, code: 'rate.tooHigh', params: { max: MAX_ANNUAL_PCT.toFixed() } });
  });
  if (input.strategy !== 'minimums') {
    if (input.monthlyBudget === undefined) issues.push({ field: 'monthlyBudget', code: 'payoff.budgetRequired' });
    else issues.push(...moneyIssues('monthlyBudget', input.monthlyBudget, { positive: true }));
  }
  if (input.strategy === 'custom') {
    const order = input.customOrder ?? [];
    const isPermutation =
      order.length === n && new Set(order).size === n && order.every((i) => Number.isInteger(i) && i >= 0 && i < n);
    if (!isPermutation) issues.push({ field: 'customOrder', code: 'payoff.customOrderInvalid' });
  }
  if (input.startMonth !== undefined && !isCalendarMonth(input.startMonth)) {
    issues.push({ field: 'startMonth', code: 'date.invalid' });
  }
  return issues;
}

/**
 * Termination checks, BEFORE any loop (input already shape-valid):
 * - budget < Σ minimums → `payoff.budgetBelowMinimums` {needed: Σ minimums};
 * - `minimums`: a debt whose minimum ≤ its first month's interest never shrinks →
 *   `payoff.paymentBelowInterest` {minimum: interest + 0.01} on that debt;
 * - other strategies: a budget ≤ the first month's total interest cannot shrink the total →
 *   `payoff.paymentBelowInterest` {minimum: total interest + 0.01} on the budget.
 * A debt whose minimum is below its interest can still be cleared by the extra money, so that
 * case is left to the month cap (`payoff.tooLong`).
 */
export function terminationIssues(input: PayoffInput): CalcIssue[] {
  const open = input.debts.map((d, i) => ({ d, i })).filter(({ d }) => d.balance.gt(0));
  if (input.strategy === 'minimums') {
    return open.flatMap(({ d, i }) => {
      const interest = firstMonthInterest(d.balance, d.aprPct);
      return d.minPayment.lte(interest)
        ? [{ field: `debts.${i}.minPayment`, code: 'payoff.paymentBelowInterest', params: { minimum: interest.plus('0.01').toFixed(2) } }]
        : [];
    });
  }
  const budget = input.monthlyBudget ?? ZERO;
  const needed = open.reduce((sum, { d }) => sum.plus(Dec.min(d.minPayment, d.balance)), ZERO);
  if (budget.lt(needed)) {
    return [{ field: 'monthlyBudget', code: 'payoff.budgetBelowMinimums', params: { needed: needed.toFixed(2) } }];
  }
  const interest = open.reduce((sum, { d }) => sum.plus(firstMonthInterest(d.balance, d.aprPct)), ZERO);
  if (budget.lte(interest)) {
    return [{ field: 'monthlyBudget', code: 'payoff.paymentBelowInterest', params: { minimum: interest.plus('0.01').toFixed(2) } }];
  }
  return [];
}
