import type { Dec } from '../money/decimal';
import type { RateQuote, RepaymentMethod } from '../schedule';

/**
 * Reg Z Appendix J unit-periods. `term`: a single advance repaid by a single payment, where the
 * term itself is the unit-period (Appendix J (b)(5)(vi)–(vii)).
 */
export type UnitPeriod = 'month' | 'semimonth' | 'quarter' | '2-months' | 'week' | '2-weeks' | '4-weeks' | 'term';

export const UNIT_PERIODS: readonly UnitPeriod[] = ['month', 'semimonth', 'quarter', '2-months', 'week', '2-weeks', '4-weeks', 'term'];

/** The answer of every APR entry point. Percentages are in percent (`13.0348…` = 13.0348 %), full precision. */
export interface AprResult {
  /** Periodic IRR × periods per year, in percent (Reg Z "APR"; PBoC 年化利率 on the IRR basis). */
  nominalAprPct: Dec;
  /** (1 + periodic IRR)^periodsPerYear − 1, in percent (compounded, 实际年利率). */
  effectivePct: Dec;
  /** EU APRC, in percent: effective annual rate with time in days/365; only where flows are dated. */
  aprcPct?: Dec;
  /** IRR per unit-period as a fraction (0.01 = 1 % a period). */
  periodicRate: Dec;
  /** Unit-periods per year (12 for months; 365/days for a single-payment term). */
  periodsPerYear: number;
  /** Everything the borrower pays back, yuan. */
  totalPaid: Dec;
  /** totalPaid − received: the whole cost of the credit, yuan. */
  totalCost: Dec;
  /** Money the borrower actually got (Civil Code art. 670: the real principal), yuan. */
  received: Dec;
}

/** A deduction from the contract amount at payout (砍头息, service, guarantee, membership …). */
export interface UpfrontFee {
  kind: 'interest' | 'service' | 'guarantee' | 'membership' | 'other';
  /** Yuan. */
  amount: Dec;
}

/**
 * A lender's quote. `principal` is the contract amount the schedule is built on; the money the
 * borrower really gets is `received`, or `principal` minus `upfrontFees` (give one of the two).
 */
export interface LoanQuote {
  method: RepaymentMethod;
  /** Contract amount (合同金额), yuan. */
  principal: Dec;
  /** Term in months. */
  months: number;
  /** Price as the lender states it (annual / monthly / daily / monthly fee, in percent). */
  rate: RateQuote;
  /** Fee added to every monthly payment (服务费/担保费 per month), yuan. */
  periodicFee?: Dec;
  /** Amount actually paid out to the borrower, yuan. */
  received?: Dec;
  /** Fees deducted at payout, yuan. */
  upfrontFees?: UpfrontFee[];
}

/** A dated flow: positive = the borrower receives, negative = the borrower pays. */
export interface DatedFlow {
  /** 'YYYY-MM-DD' (a calendar date; no time zone). */
  date: string;
  /** Yuan. */
  amount: Dec;
}
