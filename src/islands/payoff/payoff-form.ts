/**
 * The payoff form's engine half: form values → engine input → plans. Pure (no DOM, no strings for
 * readers), unit-tested in tests/unit/islands/payoff-form.test.ts. The fields and their link parameters
 * (text only, no decimal.js) are payoff-fields.ts.
 */
import { failure, success, type CalcIssue, type Outcome } from '../../lib/errors';
import type { Dec } from '../../lib/money/decimal';
import { parseAmount, parseRate, type ParsedRate } from '../../lib/parse';
import { parseMonth } from '../../lib/parse/date';
import { comparePayoffStrategies, planPayoff, type DebtInput, type PayoffPlan, type PayoffStrategy } from '../../lib/payoff';
import { nominalAnnualPctOf, rateQuoteFrom } from '../../lib/schedule';
import { isCalendarMonth } from '../../lib/schedule/calendar-month';
import { MAX_DEBTS, countDebts, decodeDebts, isBlankRow, isStrategy, type PayoffFormKey } from './payoff-fields';

export * from './payoff-fields';

/** A rate as the reader typed it, read as a percent a year. `kind` says how it was quoted. */
export interface ReadRate {
  aprPct: Dec;
  kind: ParsedRate['kind'];
}

/**
 * Reads a debt's rate: a bare figure is an annual % (年利率); `日息0.05%`, `月息1%`, `万五/天`… are converted
 * to a nominal annual % by the schedule engine (daily × 360 or 365 by `dayBasis`, monthly × 12).
 * A 月费率 (fee on the original principal) is not an interest rate on the balance: `payoff.feeRateNotInterest`.
 */
export function readRate(text: string, dayBasis: 360 | 365, field: string): Outcome<ReadRate> {
  const parsed = parseRate(text, { field });
  if (!parsed.ok) return parsed;
  const { kind, percent } = parsed.value;
  if (kind === 'monthlyFee') return failure({ field, code: 'payoff.feeRateNotInterest' });
  // A bare figure in this field is a yearly rate: the label says 年利率.
  if (kind === 'annual' || kind === 'unspecified') return success({ aprPct: percent, kind });
  const quote = rateQuoteFrom(parsed.value, dayBasis, field);
  if (!quote.ok) return quote;
  return success({
    aprPct: nominalAnnualPctOf(quote.value),
    kind,
  });
}

/** 'YYYY-MM', also '2025-3', '2025/03', '2025.3', '2025年3月', full-width digits → 'YYYY-MM' (years 1900–2199), else undefined. */
export function readStartMonth(text: string): string | undefined {
  const month = parseMonth(text);
  return month.ok && isCalendarMonth(month.value) ? month.value : undefined;
}

export interface PayoffFormInput {
  debts: DebtInput[];
  /** Row index (in the form) of each engine debt; blank rows are left out. */
  rowOf: number[];
  monthlyBudget?: Dec;
  strategy: PayoffStrategy;
  startMonth?: string;
  /** True for a row whose rate was quoted per day (the form then asks for the day basis). */
  hasDailyRate: boolean;
}

/**
 * Form values → engine input. Issue fields are in FORM terms: `debts.<row>.balance|aprPct|minPayment|name`,
 * `monthlyBudget`, `startMonth`, `debts` (no debt at all). Wholly blank rows are skipped.
 */
export function readPayoffForm(values: Readonly<Record<PayoffFormKey, string>>): Outcome<PayoffFormInput> {
  // More debts than a plan takes: refused with the limit (the rows past it used to be dropped without a word).
  const count = countDebts(values.debts);
  if (count > MAX_DEBTS) return failure({ field: 'debts.count', code: 'payoff.tooManyDebts', params: { max: String(MAX_DEBTS), count: String(count) } });
  const issues: CalcIssue[] = [];
  const strategy: PayoffStrategy = isStrategy(values.strategy) ? values.strategy : 'avalanche';
  const dayBasis = values.dayBasis === '365' ? 365 : 360;
  const debts: DebtInput[] = [];
  const rowOf: number[] = [];
  let hasDailyRate = false;
  decodeDebts(values.debts).forEach((row, r) => {
    if (isBlankRow(row)) return;
    const balance = parseAmount(row.balance, { field: `debts.${r}.balance` });
    const rate = readRate(row.rate, dayBasis, `debts.${r}.aprPct`);
    const minPayment = parseAmount(row.minPayment, {
      field: `debts.${r}.minPayment`,
    });
    for (const o of [balance, rate, minPayment]) if (!o.ok) issues.push(...o.issues);
    if (rate.ok && rate.value.kind === 'daily') hasDailyRate = true;
    if (balance.ok && rate.ok && minPayment.ok) {
      debts.push({
        name: row.name.trim(),
        balance: balance.value,
        aprPct: rate.value.aprPct,
        minPayment: minPayment.value,
      });
      rowOf.push(r);
    }
  });
  if (debts.length === 0 && issues.length === 0) issues.push({ field: 'debts', code: 'payoff.noDebts' });

  const input: PayoffFormInput = { debts, rowOf, strategy, hasDailyRate };
  if (values.budget.trim() !== '' || strategy !== 'minimums') {
    const budget = parseAmount(values.budget, { field: 'monthlyBudget' });
    if (budget.ok) input.monthlyBudget = budget.value;
    else issues.push(...budget.issues);
  }
  if (values.start.trim() !== '') {
    const start = parseMonth(values.start, { field: 'startMonth' });
    if (start.ok) input.startMonth = start.value;
    // Out of the range: say the range; any other shape: say how to write a month.
    else if (start.issues.some((i) => i.code === 'date.outOfRange')) issues.push(...start.issues);
    else issues.push({ field: 'startMonth', code: 'payoff.startMonthInvalid' });
  }
  return issues.length > 0 ? failure(...issues) : success(input);
}

/** Engine field `debts.<i>.x` (engine index) → form field `debts.<row>.x`. */
const toFormField = (issue: CalcIssue, rowOf: readonly number[]): CalcIssue => {
  const m = /^debts\.(\d+)\.(.+)$/.exec(issue.field ?? '');
  if (m === null) return issue;
  return {
    ...issue,
    field: `debts.${rowOf[Number(m[1])] ?? Number(m[1])}.${m[2]}`,
  };
};

export interface PayoffResults {
  input: PayoffFormInput;
  /** Plans to compare side by side (avalanche, snowball, custom when chosen, minimums when it ends). */
  plans: Partial<Record<PayoffStrategy, PayoffPlan>>;
  /** Why paying only the minimums never ends, when it does not (fields in form terms). */
  minimumsIssues: CalcIssue[];
}

const planInput = (input: PayoffFormInput) => ({
  debts: input.debts,
  ...(input.monthlyBudget !== undefined ? { monthlyBudget: input.monthlyBudget } : {}),
  ...(input.startMonth !== undefined ? { startMonth: input.startMonth } : {}),
  ...(input.strategy === 'custom' ? { customOrder: input.debts.map((_, i) => i) } : {}),
});

/**
 * The chosen strategy alone (about a third of the comparison's work), from a form read once per keystroke,
 * so the figure the reader asked for follows the keystroke; `compareWith` adds the other strategies after a
 * pause, reusing this plan. `plans` holds only the chosen strategy.
 */
export function planChosen(read: Outcome<PayoffFormInput>): Outcome<PayoffResults> {
  if (!read.ok) return read;
  const input = read.value;
  const plan = planPayoff({ ...planInput(input), strategy: input.strategy });
  if (!plan.ok) return failure(...plan.issues.map((i) => toFormField(i, input.rowOf)));
  return success({ input, plans: { [input.strategy]: plan.value }, minimumsIssues: [] });
}

/**
 * Everything the results area shows, from the chosen plan: the other strategies (the chosen one reused) and,
 * when paying only the minimums never ends, why. Fails with the issues (form fields) when another strategy
 * cannot be planned. Without a budget (only possible for `minimums`) there is nothing to compare.
 */
export function compareWith(chosen: PayoffResults): Outcome<PayoffResults> {
  const { input } = chosen;
  if (input.monthlyBudget === undefined) return success(chosen);
  const compared = comparePayoffStrategies({ ...planInput(input), monthlyBudget: input.monthlyBudget }, chosen.plans);
  if (!compared.ok) return failure(...compared.issues.map((i) => toFormField(i, input.rowOf)));
  return success({ input, plans: compared.value.plans, minimumsIssues: compared.value.minimumsIssues.map((i) => toFormField(i, input.rowOf)) });
}

/** The chosen strategy from the form values (planChosen of one read). */
export const computeChosen = (values: Readonly<Record<PayoffFormKey, string>>): Outcome<PayoffResults> => planChosen(readPayoffForm(values));

/** The whole comparison from the form values: the chosen plan, then the others. */
export function computePayoff(values: Readonly<Record<PayoffFormKey, string>>): Outcome<PayoffResults> {
  const chosen = computeChosen(values);
  return chosen.ok ? compareWith(chosen.value) : chosen;
}
