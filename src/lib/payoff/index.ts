/** Public API of the debt payoff planner. */
export type { DebtInput, PayoffDebtMonth, PayoffDebtResult, PayoffInput, PayoffMonthRow, PayoffPlan, PayoffStrategy } from './types';
export { planPayoff } from './plan';
export { comparePayoffStrategies, type PayoffComparison } from './compare';
export { MAX_PAYOFF_MONTHS } from './simulate';
export { MAX_DEBTS } from './validate';
export { avalancheCompare, snowballCompare, targetOrder } from './strategies';
