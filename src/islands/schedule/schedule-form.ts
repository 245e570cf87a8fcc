import { issuesOn, type CalcIssue, type Outcome } from '../../lib/errors';
import type { Dec } from '../../lib/money/decimal';
import { parseAmount, parseRate, parseTermMonths } from '../../lib/parse';
import { normalizeInput } from '../../lib/parse/normalize';
import { monthText, parseMonth } from '../../lib/parse/date';
import {
  applyPrepayment,
  buildSchedule,
  rateQuoteFrom,
  type Prepayment,
  type PrepaymentResult,
  type RepaymentMethod,
  type Schedule,
  type ScheduleInput,
} from '../../lib/schedule';
import { METHODS, PREPAY_MODES, methodOf, rateKeyIn, type RateKey, type ScheduleField, type ScheduleValues } from './schedule-fields';

/** Form values → engine calls (no maths here: parsing is src/lib/parse, schedules src/lib/schedule). URL parameters: schedule-fields.ts. */
export * from './schedule-fields';

const PARSER_KIND = { annualPct: 'annual', monthlyPct: 'monthly', dailyPct: 'daily', monthlyFeePct: 'monthlyFee' } as const;

/** 2025-03, 2025-3, 2025/3, 2025.3, 2025年3月, full-width digits → 'YYYY-MM'; anything else is passed on for the engine to judge. */
export const readStartMonth = (text: string): string => monthText(text) ?? normalizeInput(text);

/** Engine field names → this form's input names ('rate' goes to whichever rate input is in use). */
const ENGINE_FIELD: Record<string, ScheduleField> = {
  principal: 'amount',
  months: 'months',
  periodicFee: 'periodicFee',
  startMonth: 'startMonth',
  // applyPrepayment's own fields
  month: 'prepayMonth',
  amount: 'prepayAmount',
  mode: 'prepayMode',
  feePct: 'prepayFeePct',
};

/** Puts engine issues on this form's inputs. */
export function toFormIssues(issues: readonly CalcIssue[], rateKey: RateKey, scope: 'schedule' | 'prepayment'): CalcIssue[] {
  return issues.map((issue) => {
    const field = issue.field ?? '';
    if (field === 'rate') return { ...issue, field: rateKey };
    // applyPrepayment repeats the schedule's own issues first; those fields belong to the loan inputs.
    if (scope === 'schedule' || field === 'principal' || field === 'months') return { ...issue, field: ENGINE_FIELD[field] ?? 'amount' };
    return { ...issue, field: ENGINE_FIELD[field] ?? 'prepayMonth' };
  });
}

/**
 * Form values → the engine's schedule input. Parse issues are keyed by input name. The engine's own
 * checks (limits, a flat-fee quote on another method…) happen in `computeSchedule`.
 * `fallbackKey` is the rate kind the reader picked when every rate field is empty.
 */
export function readScheduleForm(values: ScheduleValues, fallbackKey: RateKey = 'annualPct'): Outcome<ScheduleInput> {
  const issues: CalcIssue[] = [];
  const amount = parseAmount(values.amount, { field: 'amount' });
  issues.push(...issuesOn(amount, 'amount'));
  const months = parseTermMonths(values.months, { field: 'months' });
  issues.push(...issuesOn(months, 'months'));
  const rateKey = rateKeyIn(values) ?? fallbackKey;
  const parsed = parseRate(values[rateKey], { kind: PARSER_KIND[rateKey], field: rateKey });
  issues.push(...issuesOn(parsed, rateKey));
  // A link without dayBasis means the default (360, stated beside the results); an unknown value reaches
  // the engine, which names it (rate.dayBasisInvalid).
  const basis = values.dayBasis.trim();
  const dayBasis = (basis === '365' ? 365 : basis === '360' || basis === '' ? 360 : Number.NaN) as 360 | 365;
  const rate = parsed.ok ? rateQuoteFrom(parsed.value, dayBasis, rateKey) : undefined;
  if (rate) issues.push(...issuesOn(rate, rateKey));
  let periodicFee: Dec | undefined;
  if (values.periodicFee.trim() !== '') {
    const fee = parseAmount(values.periodicFee, { field: 'periodicFee' });
    issues.push(...issuesOn(fee, 'periodicFee'));
    if (fee.ok) periodicFee = fee.value;
  }
  // A start month is checked here (a year 9999 is refused with the range); the engine checks its shape again.
  const startMonth = values.startMonth.trim() === '' ? undefined : parseMonth(values.startMonth, { field: 'startMonth' });
  if (startMonth && !startMonth.ok) issues.push(...startMonth.issues);
  if (issues.length || !amount.ok || !months.ok || !rate?.ok) return { ok: false, issues };

  const input: ScheduleInput = { method: methodOf(values.method), principal: amount.value, months: months.value, rate: rate.value };
  if (periodicFee !== undefined) input.periodicFee = periodicFee;
  if (startMonth?.ok) input.startMonth = startMonth.value;
  return { ok: true, value: input };
}

/** The early-repayment inputs, or undefined while the scenario is off (no period given). */
export function readPrepaymentForm(values: ScheduleValues): Outcome<Prepayment> | undefined {
  if (values.prepayMonth.trim() === '') return undefined;
  const issues: CalcIssue[] = [];
  // A period number: parseTermMonths reads '6', '６', '6期', '半年' alike.
  const month = parseTermMonths(values.prepayMonth, { field: 'prepayMonth' });
  issues.push(...issuesOn(month, 'prepayMonth'));
  let amount: Dec | 'full' = 'full';
  if (values.prepay === 'part') {
    const parsed = parseAmount(values.prepayAmount, { field: 'prepayAmount' });
    issues.push(...issuesOn(parsed, 'prepayAmount'));
    if (parsed.ok) amount = parsed.value;
  }
  const mode = PREPAY_MODES.find((m) => m === values.prepayMode) ?? 'shorter-term';
  let feePct: Dec | undefined;
  if (values.prepayFeePct.trim() !== '') {
    const fee = parseRate(values.prepayFeePct, { field: 'prepayFeePct' });
    issues.push(...issuesOn(fee, 'prepayFeePct'));
    if (fee.ok) feePct = fee.value.percent;
  }
  if (issues.length || !month.ok) return { ok: false, issues };
  const prepayment: Prepayment = { month: month.value, amount, mode };
  if (feePct !== undefined) prepayment.feePct = feePct;
  return { ok: true, value: prepayment };
}

export interface ScheduleComputation {
  input: ScheduleInput;
  schedule: Schedule;
  /** Undefined while the early-repayment scenario is off. */
  prepayment?: Outcome<PrepaymentResult>;
  /** The period the prepayment goes with, when the scenario's inputs could be read. */
  prepayAt?: number;
  /** The same loan repaid by the `compare` method; undefined when none is chosen. */
  comparison?: { method: RepaymentMethod; outcome: Outcome<Schedule> };
}

/**
 * Everything the page shows, from the raw form. Fails (issues keyed by input name) only when the loan
 * itself cannot be scheduled; the scenario and the comparison carry their own outcomes.
 * `extras: false` skips the scenario and the comparison (the island computes the headline figures on
 * every keystroke and the rest once typing pauses).
 */
export function computeSchedule(values: ScheduleValues, fallbackKey: RateKey = 'annualPct', opts: { extras?: boolean } = {}): Outcome<ScheduleComputation> {
  const extras = opts.extras ?? true;
  const rateKey = rateKeyIn(values) ?? fallbackKey;
  const read = readScheduleForm(values, fallbackKey);
  // Problems in the optional inputs are reported with the loan's, so the error summary lists them all.
  const prepayRead = extras ? readPrepaymentForm(values) : undefined;
  const optionalIssues = prepayRead && !prepayRead.ok ? prepayRead.issues : [];
  if (!read.ok) return { ok: false, issues: [...read.issues, ...optionalIssues] };
  const built = buildSchedule(read.value);
  if (!built.ok) return { ok: false, issues: [...toFormIssues(built.issues, rateKey, 'schedule'), ...optionalIssues] };

  const computation: ScheduleComputation = { input: read.value, schedule: built.value };
  if (prepayRead) {
    if (prepayRead.ok) computation.prepayAt = prepayRead.value.month;
    computation.prepayment = prepayRead.ok
      ? mapIssues(applyPrepayment(read.value, prepayRead.value), rateKey)
      : prepayRead;
  }
  const compare = extras ? METHODS.find((m) => m === values.compare) : undefined;
  if (compare) {
    const other = buildSchedule({ ...read.value, method: compare });
    computation.comparison = { method: compare, outcome: other.ok ? other : { ok: false, issues: toFormIssues(other.issues, rateKey, 'schedule') } };
  }
  return { ok: true, value: computation };
}

const mapIssues = (outcome: Outcome<PrepaymentResult>, rateKey: RateKey): Outcome<PrepaymentResult> =>
  outcome.ok ? outcome : { ok: false, issues: toFormIssues(outcome.issues, rateKey, 'prepayment') };
