import type { Dec } from '../money/decimal';

export interface DebtInput {
  name: string;
  /** Amount owed now, yuan (≤ 2 decimals). */
  balance: Dec;
  /** Nominal annual rate in percent; monthly interest = periodInterest(balance, aprPct ÷ 1200), money/interest.ts. */
  aprPct: Dec;
  /** The lender's minimum monthly payment, yuan. */
  minPayment: Dec;
}

/** avalanche 雪崩法 · snowball 雪球法 · custom (the user's order) · minimums (only the minimums). */
export type PayoffStrategy = 'avalanche' | 'snowball' | 'custom' | 'minimums';

export interface PayoffInput {
  debts: DebtInput[];
  /** Total paid each month across all debts, yuan. Required except for `minimums`. */
  monthlyBudget?: Dec;
  strategy: PayoffStrategy;
  /** Indices into `debts`, first target first. Required for `custom`. */
  customOrder?: number[];
  /** 'YYYY-MM' of the first payment; rows then carry `dueMonth`. */
  startMonth?: string;
}

/** One debt in one month; all figures in fen. */
export interface PayoffDebtMonth {
  /** Balance after this month's interest and payment. */
  balance: Dec;
  payment: Dec;
  interest: Dec;
}

export interface PayoffMonthRow {
  month: number;
  dueMonth?: string;
  /** In input order. */
  debts: PayoffDebtMonth[];
  payment: Dec;
  interest: Dec;
}

export interface PayoffDebtResult {
  name: string;
  /** Month (1-based) in which the balance reaches 0; 0 for a debt that starts at 0. */
  payoffMonth: number;
  interest: Dec;
  paid: Dec;
}

export interface PayoffPlan {
  strategy: PayoffStrategy;
  /** The month in which the last debt reaches 0. */
  months: number;
  totalInterest: Dec;
  totalPaid: Dec;
  /** In input order. */
  debts: PayoffDebtResult[];
  rows: PayoffMonthRow[];
}
