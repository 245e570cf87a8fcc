import { aprFromQuote } from '../../lib/apr/true-apr';
import { UNIT_PERIODS, type AprResult, type LoanQuote } from '../../lib/apr/types';
import { METHODS, RATE_KEYS, decodeFlows, rateKeyOf, type AprField, type AprValues } from './apr-fields';
import type { DatedAprResult, aprFromDatedFlows } from '../../lib/apr/dated-flows';
import { issuesOn, type CalcIssue, type Outcome } from '../../lib/errors';
import type { LegalVerdict, LenderType, checkLegalLines } from '../../lib/legal';
import type { Dec } from '../../lib/money/decimal';
import { parseAmount, parseDate, parseRate, parseTermMonths } from '../../lib/parse';
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
}

export interface AprComputation {
  mode: 'quote' | 'flows';
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

export function computeApr(values: AprValues, mode: 'quote' | 'flows', lazy: LazyEngine): AprOutcome {
  return mode === 'flows' ? computeFromFlows(values, lazy) : computeFromQuote(values, lazy);
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
  const legal = readLegalInputs(values, issues);

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
  return finish({ mode: 'quote', result: result.value, quote }, legal, lazy);
}

function computeFromFlows(values: AprValues, lazy: LazyEngine): AprOutcome {
  const issues: CalcIssue[] = [];
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
  const legal = readLegalInputs(values, issues);
  if (issues.length) return { ok: false, issues };

  if (!lazy.aprFromDatedFlows) return { ok: false, issues: [], pending: true };
  const result = lazy.aprFromDatedFlows(unitPeriod ? { flows, unitPeriod } : { flows });
  if (!result.ok) return { ok: false, issues: result.issues.map((i) => ({ ...i, field: i.field?.startsWith('flows') || i.field === 'unitPeriod' ? i.field : 'flows-add' })) };
  // Without a contract date the legal check uses the day the money was received.
  const contractDate = legal?.contractDate ?? flows[0]?.date;
  return finish({ mode: 'flows', result: result.value }, contractDate ? { contractDate, lender: legal?.lender ?? lenderOf(values) } : undefined, lazy);
}

const lenderOf = (values: AprValues): LenderType => (values.lender === 'private' ? 'private' : 'licensed');

function readLegalInputs(values: AprValues, issues: CalcIssue[]): { contractDate: string; lender: LenderType } | undefined {
  if (values.lender !== 'licensed' && values.lender !== 'private') issues.push({ field: 'lender', code: 'legal.lender.unknown' });
  if (values.contractDate.trim() === '') return undefined;
  const date = parseDate(values.contractDate, { field: 'contractDate' });
  issues.push(...issuesOn(date, 'contractDate'));
  return date.ok ? { contractDate: date.value, lender: lenderOf(values) } : undefined;
}

/** The legal check is extra: when it cannot answer (unknown LPR date), the APR still stands and the verdict says why. */
function finish(computation: AprComputation, legal: { contractDate: string; lender: LenderType } | undefined, lazy: LazyEngine): AprOutcome {
  if (!legal) return { ok: true, value: computation };
  if (!lazy.checkLegalLines) return { ok: true, value: { ...computation, verdictPending: true } };
  const aprPct = computation.mode === 'flows' ? (computation.result as DatedAprResult).regzAprPct : computation.result.nominalAprPct;
  const verdict = lazy.checkLegalLines({ aprPct, contractDate: legal.contractDate, lender: legal.lender });
  return { ok: true, value: verdict.ok ? { ...computation, verdict: verdict.value } : { ...computation, verdictIssues: verdict.issues } };
}
