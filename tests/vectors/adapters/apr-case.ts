import { success, type Outcome } from '../../../src/lib/errors';
import { aprFromDatedFlows, aprFromPeriodic, aprFromQuote, UNIT_PERIODS, type AprResult, type UnitPeriod } from '../../../src/lib/apr';
import type { RateQuote, RepaymentMethod } from '../../../src/lib/schedule';
import { decField, guarded, intField, isRecord, onlyKeys, ShapeError } from './shape';

const METHODS: RepaymentMethod[] = ['equal-installment', 'equal-principal', 'interest-only', 'flat-fee', 'bullet'];

const figures = (r: AprResult, aprPct = r.nominalAprPct, effectivePct = r.effectivePct): Record<string, unknown> => ({
  aprPct: aprPct.toFixed(),
  effectivePct: effectivePct.toFixed(),
  totalFee: r.totalCost.toFixed(),
});

/** The quote's price: exactly one of annualPct, monthlyPct, dailyPct (+ dayBasis), monthlyFeePct. */
function rateOf(q: Record<string, unknown>): RateQuote {
  const kinds = ['annualPct', 'monthlyPct', 'dailyPct', 'monthlyFeePct'].filter((k) => k in q);
  if (kinds.length !== 1) throw new ShapeError('quote needs exactly one price');
  if ('annualPct' in q) return { annualPct: decField(q, 'annualPct') };
  if ('monthlyPct' in q) return { monthlyPct: decField(q, 'monthlyPct') };
  if ('monthlyFeePct' in q) return { monthlyFeePct: decField(q, 'monthlyFeePct') };
  const dayBasis = q['dayBasis'];
  if (dayBasis !== 360 && dayBasis !== 365) throw new ShapeError('dayBasis is not 360 or 365');
  return { dailyPct: decField(q, 'dailyPct'), dayBasis };
}

function runQuote(q: unknown): Outcome<Record<string, unknown>> {
  if (!isRecord(q)) throw new ShapeError('quote is not an object');
  onlyKeys(q, ['method', 'principal', 'months', 'annualPct', 'monthlyPct', 'dailyPct', 'dayBasis', 'monthlyFeePct', 'periodicFee', 'received', 'upfrontFee']);
  const method = q['method'];
  if (typeof method !== 'string' || !(METHODS as string[]).includes(method)) throw new ShapeError('unknown method');
  const out = aprFromQuote({
    method: method as RepaymentMethod,
    principal: decField(q, 'principal'),
    months: intField(q, 'months'),
    rate: rateOf(q),
    ...('periodicFee' in q ? { periodicFee: decField(q, 'periodicFee') } : {}),
    ...('received' in q ? { received: decField(q, 'received') } : {}),
    ...('upfrontFee' in q ? { upfrontFees: [{ kind: 'other' as const, amount: decField(q, 'upfrontFee') }] } : {}),
  });
  return out.ok ? success(figures(out.value)) : out;
}

function runPeriodic(p: unknown): Outcome<Record<string, unknown>> {
  if (!isRecord(p)) throw new ShapeError('periodic is not an object');
  const periodsPerYear = intField(p, 'periodsPerYear');
  let out;
  if ('payments' in p) {
    onlyKeys(p, ['received', 'payments', 'periodsPerYear']);
    const raw = p['payments'];
    if (!Array.isArray(raw)) throw new ShapeError('payments is not an array');
    const payments = raw.map((_, k) => decField(raw as unknown as Record<string, unknown>, String(k)));
    out = aprFromPeriodic({ received: decField(p, 'received'), payments, periodsPerYear });
  } else {
    onlyKeys(p, ['received', 'payment', 'count', 'periodsPerYear']);
    out = aprFromPeriodic({ received: decField(p, 'received'), payment: decField(p, 'payment'), count: intField(p, 'count'), periodsPerYear });
  }
  return out.ok ? success(figures(out.value)) : out;
}

function runFlows(input: Record<string, unknown>): Outcome<Record<string, unknown>> {
  onlyKeys(input, ['flows', 'method', 'unitPeriod']);
  const method = input['method'];
  if (method !== 'eu' && method !== 'regz') throw new ShapeError('method is not eu or regz');
  const raw = input['flows'];
  if (!Array.isArray(raw)) throw new ShapeError('flows is not an array');
  const flows = raw.map((f: unknown) => {
    if (!isRecord(f)) throw new ShapeError('flow is not an object');
    onlyKeys(f, ['date', 'amount']);
    if (typeof f['date'] !== 'string') throw new ShapeError('date is not a string');
    return { date: f['date'], amount: decField(f, 'amount') };
  });
  const unit = input['unitPeriod'];
  if (unit !== undefined && !(UNIT_PERIODS as unknown[]).includes(unit)) throw new ShapeError('unknown unitPeriod');
  const out = aprFromDatedFlows({ flows, ...(unit !== undefined ? { unitPeriod: unit as UnitPeriod } : {}) });
  if (!out.ok) return out;
  // eu: the APRC is an effective rate, so it is both the aprPct and the effectivePct (README).
  return success(method === 'eu' ? figures(out.value, out.value.aprcPct, out.value.aprcPct) : figures(out.value, out.value.regzAprPct));
}

/**
 * Vector kind `apr` → the APR engine. Input shapes (tests/vectors README): `{ quote }`, `{ periodic }`,
 * `{ flows, method: 'eu' | 'regz', unitPeriod? }`. Figures as full-precision strings: aprPct (nominal;
 * for `eu` the effective APRC), effectivePct, totalFee (= total paid − money received).
 */
export function run(input: unknown): Outcome<Record<string, unknown>> {
  return guarded(() => {
    if (!isRecord(input)) throw new ShapeError('input is not an object');
    if ('quote' in input) return onlyKeys(input, ['quote']), runQuote(input['quote']);
    if ('periodic' in input) return onlyKeys(input, ['periodic']), runPeriodic(input['periodic']);
    if ('flows' in input) return runFlows(input);
    throw new ShapeError('unknown apr input shape');
  });
}
