import type { Dec } from '../money/decimal';

/** 等额本息 · 等额本金 · 先息后本 · 等本等息 · 一次性还本付息 */
export type RepaymentMethod = 'equal-installment' | 'equal-principal' | 'interest-only' | 'flat-fee' | 'bullet';
/** Every repayment method, in the order forms list them (also the `method` URL values). */
export const REPAYMENT_METHODS: readonly RepaymentMethod[] = ['equal-installment', 'equal-principal', 'interest-only', 'flat-fee', 'bullet'];
/** The ways a price is quoted, as the keys of a RateQuote (also the URL parameter names). */
export const RATE_QUOTE_KEYS = ['annualPct', 'monthlyPct', 'dailyPct', 'monthlyFeePct'] as const;

/**
 * How the lender quotes the price, in percent (`'18'` = 18 %).
 * `monthlyFeePct` is a flat monthly fee on the ORIGINAL principal (月费率), only meaningful for `flat-fee`.
 */
export type RateQuote =
  | { annualPct: Dec }
  | { monthlyPct: Dec }
  | { dailyPct: Dec; dayBasis: 360 | 365 }
  | { monthlyFeePct: Dec };

export interface ScheduleInput {
  method: RepaymentMethod;
  /** Amount borrowed, yuan, at most 2 decimals. */
  principal: Dec;
  /** Number of monthly periods, 1–600. */
  months: number;
  rate: RateQuote;
  /** A fixed fee per month (yuan), added to each payment. */
  periodicFee?: Dec;
  /** 'YYYY-MM', the month of the first payment; rows then carry `dueMonth`. */
  startMonth?: string;
}

/** One period. Every figure is already rounded to the fen; `payment = principal + interest + fee`. */
export interface ScheduleRow {
  period: number;
  dueMonth?: string;
  payment: Dec;
  principal: Dec;
  /** Interest, or the flat fee for `flat-fee`. */
  interest: Dec;
  /** The periodic fee. */
  fee: Dec;
  /** Principal still owed after this payment. */
  balance: Dec;
}

export interface Schedule {
  rows: ScheduleRow[];
  /** Sums of the rounded rows. `principal` equals the input principal exactly. */
  totals: { payment: Dec; principal: Dec; interest: Dec; fee: Dec };
  /** Periodic monthly rate as a fraction (0.01 = 1 % a month). For `flat-fee` the monthly fee rate. */
  monthlyRate: Dec;
  /** monthlyRate × 12 × 100, full precision. */
  nominalAnnualPct: Dec;
  /** ((1 + monthlyRate)^12 − 1) × 100, full precision. */
  effectiveAnnualPct: Dec;
}

/** A row before the fee and the calendar are attached: what each method file produces. */
export interface CoreRow {
  principal: Dec;
  interest: Dec;
  balance: Dec;
  /** The same three figures in whole fen: rows are computed in integers (fen-rows.ts). */
  fen: FenRow;
}

/** A core row's figures in whole fen. */
export interface FenRow {
  principal: number;
  interest: number;
  balance: number;
}
