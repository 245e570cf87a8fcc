import { aprFromPeriodic, aprFromQuote } from '../../lib/apr/true-apr';
import { UNIT_PERIODS, type AprResult, type LoanQuote } from '../../lib/apr/types';
import { MAX_FLOW_ROWS, METHODS, RATE_KEYS, countFlows, decodeFlows, rateKeyOf, type AprField, type AprMode, type AprValues } from './apr-fields';
import type { DatedAprResult, aprFromDatedFlows } from '../../lib/apr/dated-flows';
import { issuesOn, type CalcIssue, type Outcome } from '../../lib/errors';
import type { LegalVerdict, LenderType, checkLegalLines } from '../../lib/legal';
import type { Dec } from '../../lib/money/decimal';
import { parseAmount, parseDate, parseRate, parseTerm, parseTermMonths, type TermUnit } from '../../lib/parse';
import { Dec as Decimal } from '../../lib/money/decimal';
import type { RateQuote } from '../../lib/schedule';

/**
 * The APR calculator's engine half: form text → parsed quote → true APR and legal verdict. No maths here:
 * parsing is src/lib/parse, the APR is src/lib/apr, the legal lines are src/lib/legal. Fields: apr-fields.ts.
 */
export * from './apr-fields';
const PARSER_KIND = { annualPct: 'annual', monthlyPct: 'monthly', dailyPct: 'daily', monthlyFeePct: 'monthlyFee' } as const;


/**
 * Parts of the engine a first visit does not need, loaded on demand to keep the page light: the legal-line
 * check (rules and LPR data) once a contract date matters, the dated-flows solver in the flows mode.
 * Until one has loaded, the computation says it is pending rather than guessing.
 */
export interface LazyEngine {
  checkLegalLines?: typeof checkLegalLines;
  aprFromDatedFlows?: typeof aprFromDatedFlows;
  /** Today, 'YYYY-MM-DD', from the reader's device: a contract date after it is a typo. The engine has no clock. */
  today?: string;
}

export interface AprComputation {
  mode: AprMode;
  /** The regular payment per period (the first one for a quote whose payments vary), yuan, and the last. */
  payment?: Dec;
  lastPayment?: Dec;
  /** Figures that are probably typos: shown beside the result, never blocking it. */
  checks?: CalcIssue[];
  /** A rate read by a folk convention (月息2分, 万五): restated beside the result. */
  understood?: { source: string; percent: Dec; kind: 'annual' | 'monthly' | 'daily' | 'monthlyFee' | 'unspecified' };
  result: AprResult | DatedAprResult;
  /** Present when a contract date was given (quote) or taken from the first flow. */
  verdict?: LegalVerdict;
  /** Why there is no verdict although a date was given (e.g. no LPR data for that date): shown in the legal section. */
  verdictIssues?: CalcIssue[];
  /** The legal check is still loading. */
  verdictPending?: boolean;
  /** What the quote looked like before the true APR: for the plain-words explanation. */
  quote?: LoanQuote;
}

/**
 * Field problems are keyed by form input name; flows rows by `flows-<row>-date` / `flows-<row>-amount`.
 * `{ ok: false, issues: [], pending: true }` means the needed part of the engine is still loading.
 */
export type AprOutcome = Outcome<AprComputation> | { ok: false; issues: []; pending: true };

/** Engine field names → this form's input names ('rate' goes to whichever rate input is in use). */
const QUOTE_FIELD: Record<string, AprField> = {
  principal: 'amount',
  received: 'received',
  upfrontFees: 'upfrontFee',
  months: 'months',
  periodicFee: 'periodicFee',
};

export function computeApr(values: AprValues, mode: AprMode, lazy: LazyEngine): AprOutcome {
  const outcome = mode === 'flows' ? computeFromFlows(values, lazy) : mode === 'payment' ? computeFromPayment(values, lazy) : computeFromQuote(values, lazy);
  if (!outcome.ok) return outcome;
  const checks = [...(outcome.value.checks ?? []), ...likelyTypos(values, mode, outcome.value)];
  return checks.length ? { ok: true, value: { ...outcome.value, checks } } : outcome;
}

/** Days a year for a daily term, periods a year for the others (Reg Z: 52 weeks). */
const PERIODS_PER_YEAR: Record<TermUnit, number> = { month: 12, week: 52, day: 365 };

/**
 * The loan as an app shows it: 借款 (amount), 到手 (received, or amount − upfront fee), N equal payments of
 * `payment` (or `totalRepaid` ÷ N), one period after another, the first one period after the payout, an
 * optional fee with the first payment. A `day` term is one repayment after N days (7/14/30-day loans).
 * Issues: the parsers', `apr.received.aboveAmount` (到手 more than 借款), `apr.quote.receivedMismatch`,
 * `apr.payment.required`, `apr.payment.totalMismatch` {expected}.
 */
function computeFromPayment(values: AprValues, lazy: LazyEngine): AprOutcome {
  const issues: CalcIssue[] = [];
  const amount = parseAmount(values.amount, { field: 'amount' });
  issues.push(...issuesOn(amount, 'amount'));
  const receivedTyped = optionalAmount(values, 'received', issues);
  const upfrontFee = optionalAmount(values, 'upfrontFee', issues);
  const firstFee = optionalAmount(values, 'firstFee', issues);
  const unit: TermUnit = values.termUnit === 'week' || values.termUnit === 'day' ? values.termUnit : 'month';
  const term = parseTerm(values.months, { unit, field: 'months' });
  issues.push(...issuesOn(term, 'months'));
  const payment = optionalAmount(values, 'payment', issues);
  const totalRepaid = optionalAmount(values, 'totalRepaid', issues);
  if (values.payment.trim() === '' && values.totalRepaid.trim() === '') issues.push({ field: 'payment', code: 'apr.payment.required' });
  const legal = readLegalInputs(values, issues, lazy.today);
  if (issues.length || !amount.ok || !term.ok) return { ok: false, issues };

  const received = receivedTyped ?? (upfrontFee !== undefined ? amount.value.minus(upfrontFee) : amount.value);
  if (receivedTyped !== undefined && upfrontFee !== undefined && !receivedTyped.eq(amount.value.minus(upfrontFee))) {
    return { ok: false, issues: [{ field: 'received', code: 'apr.quote.receivedMismatch', params: { expected: amount.value.minus(upfrontFee).toFixed(2) } }] };
  }
  if (received.gt(amount.value)) return { ok: false, issues: [{ field: 'received', code: 'apr.received.aboveAmount', params: { amount: amount.value.toFixed(2) } }] };
  const { count: n, unit: termUnit } = term.value;
  // A day term: the whole loan is one period of n days, repaid at once.
  const count = termUnit === 'day' ? 1 : n;
  const periodsPerYear = termUnit === 'day' ? new Decimal(365).div(n) : new Decimal(PERIODS_PER_YEAR[termUnit]);
  const each = payment ?? (totalRepaid as Dec).div(count);
  if (payment !== undefined && totalRepaid !== undefined && !payment.times(count).eq(totalRepaid)) {
    return { ok: false, issues: [{ field: 'totalRepaid', code: 'apr.payment.totalMismatch', params: { expected: payment.times(count).toFixed(2) } }] };
  }
  const payments = Array.from({ length: count }, (_, k) => (k === 0 && firstFee !== undefined ? each.plus(firstFee) : each));
  const result = aprFromPeriodic({ received, payments, periodsPerYear });
  if (!result.ok) return { ok: false, issues: result.issues.map((i) => ({ ...i, field: PAYMENT_FIELD[i.field ?? ''] ?? 'payment' })) };
  return finish({ mode: 'payment', result: result.value, payment: each, lastPayment: each }, legal, lazy);
}

/** aprFromPeriodic's fields → the payment form's inputs. */
const PAYMENT_FIELD: Record<string, AprField> = { received: 'received', payments: 'payment', payment: 'payment', count: 'months', periodsPerYear: 'months' };

/** A daily rate of 1 % or more is almost always 万分之 or 千分之 typed as a percent. */
const DAILY_TYPO_PCT = 1;
/** An effective rate above 1,000 % is what 714-style loans cost; more often an input is off by a digit. */
const EFFECTIVE_TYPO_PCT = 1000;

/** Probable typos, as non-blocking checks: the figure stands, the reader is asked to look again. */
function likelyTypos(values: AprValues, mode: AprMode, computation: AprComputation): CalcIssue[] {
  const checks: CalcIssue[] = [];
  if (mode === 'quote' && values.dailyPct.trim() !== '') {
    const daily = parseRate(values.dailyPct, { kind: 'daily', field: 'dailyPct' });
    if (daily.ok && daily.value.percent.gte(DAILY_TYPO_PCT)) {
      // 日息 5 typed for 万分之五: the same digits as a percent are 0.05.
      checks.push({ field: 'dailyPct', code: 'apr.check.dailyRateHigh', params: { pct: daily.value.percent.toFixed(), suggestion: daily.value.percent.div(100).toFixed() } });
    }
  }
  if (computation.result.effectivePct.gt(EFFECTIVE_TYPO_PCT)) checks.push({ code: 'apr.check.effectiveHuge', params: { max: String(EFFECTIVE_TYPO_PCT) } });
  return checks;
}

function optionalAmount(values: AprValues, field: AprField, issues: CalcIssue[]): Dec | undefined {
  if (values[field].trim() === '') return undefined;
  const parsed = parseAmount(values[field], { field });
  issues.push(...issuesOn(parsed, field));
  return parsed.ok ? parsed.value : undefined;
}

function computeFromQuote(values: AprValues, lazy: LazyEngine): AprOutcome {
  const issues: CalcIssue[] = [];
  const amount = parseAmount(values.amount, { field: 'amount' });
  issues.push(...issuesOn(amount, 'amount'));
  const received = optionalAmount(values, 'received', issues);
  const upfrontFee = optionalAmount(values, 'upfrontFee', issues);
  const periodicFee = optionalAmount(values, 'periodicFee', issues);
  const months = parseTermMonths(values.months, { field: 'months' });
  issues.push(...issuesOn(months, 'months'));

  const method = METHODS.find((m) => m === values.method);
  if (!method) issues.push({ field: 'method', code: 'apr.method.unknown' });
  const rateKey = rateKeyOf(values);
  const rate = parseRate(values[rateKey], { kind: PARSER_KIND[rateKey], field: rateKey });
  issues.push(...issuesOn(rate, rateKey));
  const dayBasis = values.dayBasis === '365' ? 365 : values.dayBasis === '360' ? 360 : undefined;
  if (rateKey === 'dailyPct' && dayBasis === undefined) issues.push({ field: 'dayBasis', code: 'rate.dayBasisInvalid' });
  const legal = readLegalInputs(values, issues, lazy.today);

  if (issues.length || !amount.ok || !months.ok || !rate.ok || !method) return { ok: false, issues };
  const pct = rate.value.percent;
  const rateQuote: RateQuote =
    rateKey === 'annualPct' ? { annualPct: pct }
    : rateKey === 'monthlyPct' ? { monthlyPct: pct }
    : rateKey === 'dailyPct' ? { dailyPct: pct, dayBasis: dayBasis ?? 360 }
    : { monthlyFeePct: pct };
  const quote: LoanQuote = { method, principal: amount.value, months: months.value, rate: rateQuote };
  if (received !== undefined) quote.received = received;
  if (upfrontFee !== undefined) quote.upfrontFees = [{ kind: 'other', amount: upfrontFee }];
  if (periodicFee !== undefined) quote.periodicFee = periodicFee;

  const result = aprFromQuote(quote);
  if (!result.ok) {
    return { ok: false, issues: result.issues.map((i) => ({ ...i, field: i.field === 'rate' ? rateKey : (QUOTE_FIELD[i.field ?? ''] ?? i.field ?? 'amount') })) };
  }
  const { payments, ...apr } = result.value;
  const understood = rate.value.understood ? { source: rate.value.understood.source, percent: pct, kind: rate.value.kind } : undefined;
  return finish({ mode: 'quote', result: apr, quote, payment: payments[0] as Dec, lastPayment: payments.at(-1) as Dec, ...(understood ? { understood } : {}) }, legal, lazy);
}

function computeFromFlows(values: AprValues, lazy: LazyEngine): AprOutcome {
  const issues: CalcIssue[] = [];
  // Past the engine's limit the list is refused before any row is read (10,000 rows took seconds to parse).
  const count = countFlows(values.flows);
  if (count > MAX_FLOW_ROWS) return { ok: false, issues: [{ field: 'flows-add', code: 'apr.flows.tooMany', params: { max: String(MAX_FLOW_ROWS), count: String(count) } }] };
  const rows = decodeFlows(values.flows);
  if (rows.length < 2) issues.push({ field: 'flows-add', code: 'apr.flows.tooFew' });
  const flows: { date: string; amount: Dec }[] = [];
  rows.forEach((row, i) => {
    const date = parseDate(row.date, { field: `flows-${i}-date` });
    const amount = parseAmount(row.amount, { field: `flows-${i}-amount`, allowNegative: true });
    issues.push(...issuesOn(date, `flows-${i}-date`), ...issuesOn(amount, `flows-${i}-amount`));
    if (date.ok && amount.ok) flows.push({ date: date.value, amount: amount.value });
  });
  const unitPeriod = values.unitPeriod === '' ? undefined : UNIT_PERIODS.find((u) => u === values.unitPeriod);
  if (values.unitPeriod !== '' && !unitPeriod) issues.push({ field: 'unitPeriod', code: 'apr.unitPeriod.unknown' });
  const legal = readLegalInputs(values, issues, lazy.today);
  if (issues.length) return { ok: false, issues };

  if (!lazy.aprFromDatedFlows) return { ok: false, issues: [], pending: true };
  const result = lazy.aprFromDatedFlows(unitPeriod ? { flows, unitPeriod } : { flows });
  if (!result.ok) return { ok: false, issues: result.issues.map((i) => ({ ...i, field: i.field?.startsWith('flows') || i.field === 'unitPeriod' ? i.field : 'flows-add' })) };
  // Without a contract date the legal check uses the day the money was received.
  const contractDate = legal?.contractDate ?? flows[0]?.date;
  return finish({ mode: 'flows', result: result.value }, contractDate ? { ...legal, contractDate, lender: legal?.lender ?? lenderOf(values) } : undefined, lazy);
}

const lenderOf = (values: AprValues): LenderType => (values.lender === 'private' ? 'private' : 'licensed');

interface LegalInputs {
  contractDate: string;
  lender: LenderType;
  /** The one-year LPR the reader typed (for dates after our data), percent. */
  typedLprPct?: Dec;
}

function readLegalInputs(values: AprValues, issues: CalcIssue[], today?: string): LegalInputs | undefined {
  if (values.lender !== 'licensed' && values.lender !== 'private') issues.push({ field: 'lender', code: 'legal.lender.unknown' });
  let typedLprPct: Dec | undefined;
  if (values.lpr.trim() !== '') {
    const typed = parseRate(values.lpr, { kind: 'annual', field: 'lpr' });
    issues.push(...issuesOn(typed, 'lpr'));
    if (typed.ok) typedLprPct = typed.value.percent;
  }
  if (values.contractDate.trim() === '') return undefined;
  const date = parseDate(values.contractDate, { field: 'contractDate' });
  issues.push(...issuesOn(date, 'contractDate'));
  if (date.ok && today !== undefined && date.value > today) {
    issues.push({ field: 'contractDate', code: 'apr.contractDate.future', params: { today } });
    return undefined;
  }
  if (!date.ok) return undefined;
  return typedLprPct !== undefined ? { contractDate: date.value, lender: lenderOf(values), typedLprPct } : { contractDate: date.value, lender: lenderOf(values) };
}

/** The legal check is extra: when it cannot answer (unknown LPR date), the APR still stands and the verdict says why. */
function finish(computation: AprComputation, legal: LegalInputs | undefined, lazy: LazyEngine): AprOutcome {
  if (!legal) return { ok: true, value: computation };
  if (!lazy.checkLegalLines) return { ok: true, value: { ...computation, verdictPending: true } };
  const aprPct = computation.mode === 'flows' ? (computation.result as DatedAprResult).regzAprPct : computation.result.nominalAprPct;
  const verdict = lazy.checkLegalLines({ aprPct, ...legal });
  // A typed LPR out of range is the reader's input: its message goes next to the field.
  if (!verdict.ok && verdict.issues.some((i) => i.field === 'lpr')) return { ok: false, issues: verdict.issues.filter((i) => i.field === 'lpr') };
  return { ok: true, value: verdict.ok ? { ...computation, verdict: verdict.value } : { ...computation, verdictIssues: verdict.issues } };
}
