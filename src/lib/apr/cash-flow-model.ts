import { Dec, ONE, ZERO } from '../money/decimal';

/**
 * The one shape every APR method is reduced to: the Reg Z Appendix J (b)(8) general equation
 *   Σ amount / ((1 + fraction·i) · (1 + i)^t) = 0,
 * amounts positive when the borrower receives, negative when the borrower pays; `t` whole
 * unit-periods and `fraction` the odd part of a unit-period, both counted from the start of the term.
 * Equal payments on consecutive periods are kept as one run (a geometric series), which is what
 * makes a 360-period annuity cheap to evaluate exactly in decimal.
 */
export interface FlowRun {
  /** Each flow of the run, yuan (sign as above). */
  amount: Dec;
  /** Whole unit-periods to the run's first flow (≥ 0). */
  t0: number;
  /** Number of flows, one unit-period apart (≥ 1). */
  count: number;
  /** Odd fraction of a unit-period shared by the run's flows (usually 0; < 1.1). */
  fraction: Dec;
}

/** Runs plus float copies of their figures for the fast (uncertified) search. */
export interface CashFlowModel {
  runs: readonly FlowRun[];
  /** The runs grouped by odd fraction, each group in ascending t0 (for Horner's scheme). */
  groups: readonly { fraction: Dec; runs: readonly FlowRun[] }[];
  /** Largest fraction of any run (bounds the rate from below: 1 + fraction·i must stay positive). */
  maxFraction: number;
  /** Σ amounts: the NPV at 0 %, exact. */
  netAtZero: Dec;
  /** True when every receipt comes no later than every payment: then the NPV is monotone, so the root is unique. */
  receiptsFirst: boolean;
  /** Float mirrors, internal to the solver. */
  readonly floatRuns: readonly { amount: number; t0: number; count: number; fraction: number }[];
}

/** One flow at `t` whole periods and `fraction` of a period. */
export interface TimedFlow {
  amount: Dec;
  t: number;
  fraction: Dec;
}

/**
 * Builds the model from flows sorted by time, merging equal amounts on consecutive periods
 * (same fraction) into runs. Zero amounts are dropped: they change nothing.
 */
export function buildCashFlowModel(flows: readonly TimedFlow[]): CashFlowModel {
  const runs: FlowRun[] = [];
  for (const flow of flows) {
    if (flow.amount.isZero()) continue;
    const last = runs[runs.length - 1];
    if (last && last.t0 + last.count === flow.t && last.amount.eq(flow.amount) && last.fraction.eq(flow.fraction)) {
      last.count += 1;
    } else {
      runs.push({ amount: flow.amount, t0: flow.t, count: 1, fraction: flow.fraction });
    }
  }
  return modelFromRuns(runs);
}

/** Builds the model from runs already formed (sorted by time; zero amounts allowed and dropped). */
export function modelFromRuns(allRuns: readonly FlowRun[]): CashFlowModel {
  const runs = allRuns.filter((r) => !r.amount.isZero() && r.count > 0);
  const groupMap = new Map<string, { fraction: Dec; runs: FlowRun[] }>();
  for (const run of runs) {
    const key = run.fraction.isZero() ? '0' : run.fraction.toString();
    const group = groupMap.get(key);
    if (group) group.runs.push(run);
    else groupMap.set(key, { fraction: run.fraction, runs: [run] });
  }
  const groups = [...groupMap.values()];
  for (const g of groups) g.runs.sort((a, b) => a.t0 - b.t0);
  let netAtZero = ZERO;
  let maxFraction = 0;
  let lastReceipt = -Infinity;
  let firstPayment = Infinity;
  for (const run of runs) {
    netAtZero = netAtZero.plus(run.amount.times(run.count));
    const fraction = run.fraction.isZero() ? 0 : run.fraction.toNumber();
    maxFraction = Math.max(maxFraction, fraction);
    const start = run.t0 + fraction;
    const end = run.t0 + run.count - 1 + fraction;
    if (run.amount.gt(0)) lastReceipt = Math.max(lastReceipt, end);
    else firstPayment = Math.min(firstPayment, start);
  }
  return {
    runs,
    groups,
    maxFraction,
    netAtZero,
    receiptsFirst: lastReceipt <= firstPayment,
    floatRuns: runs.map((r) => ({ amount: r.amount.toNumber(), t0: r.t0, count: r.count, fraction: r.fraction.isZero() ? 0 : r.fraction.toNumber() })),
  };
}

/**
 * x^n for an integer n ≥ 0 by squaring; each step rounds to the Dec precision (error ≈ log2(n) ulps).
 * Every step is the exact product rounded half-even to Dec's 40 significant digits, which is exactly
 * what `Dec.times` returns; for x > 0 the products are formed on BigInt significands instead of
 * decimal.js digit arrays: the very same values at about half the cost (v^360 is 11 products, the
 * bulk of an NPV evaluation). tests/unit/lib/apr/cash-flow-model.test.ts checks it against
 * {@link powIntDecimal} bit for bit.
 * @example powInt(new Dec('1.1'), 3).toString() // => '1.331'
 */
export function powInt(x: Dec, n: number): Dec {
  if (n < 2 || !x.isFinite() || !x.gt(0)) return powIntDecimal(x, n);
  let result: Significand | undefined;
  let base = significandOf(x);
  let k = n;
  while (k > 0) {
    if (k & 1) result = result ? roundedProduct(result, base) : base;
    k = Math.floor(k / 2);
    if (k > 0) base = roundedProduct(base, base);
  }
  // n ≥ 2: its highest bit is reached after at least one squaring, so result is a rounded product.
  return new Dec(`${(result as Significand).m}e${(result as Significand).e}`);
}

/** The same squaring in decimal.js arithmetic: the reference for {@link powInt}. */
export function powIntDecimal(x: Dec, n: number): Dec {
  let result: Dec | undefined;
  let base = x;
  let k = n;
  while (k > 0) {
    if (k & 1) result = result ? result.times(base) : base;
    k = Math.floor(k / 2);
    if (k > 0) base = base.times(base);
  }
  return result ?? ONE;
}

/** A positive number m × 10^e; m is a whole number of `digits` decimal digits. */
interface Significand {
  m: bigint;
  e: number;
  digits: number;
}

const PRECISION = Dec.precision;
/** 10^k for k ≤ 2 × PRECISION + 1: every power a product of two rounded significands needs. */
const POW10: readonly bigint[] = Array.from({ length: 2 * PRECISION + 2 }, (_, k) => 10n ** BigInt(k));

function significandOf(x: Dec): Significand {
  const [mantissa = '', exponent = '0'] = x.toExponential().split('e');
  const digits = mantissa.replace('.', '');
  return { m: BigInt(digits), e: Number(exponent) - (digits.length - 1), digits: digits.length };
}

/** a × b rounded half-even (Dec's rounding mode, ROUND_HALF_EVEN) to PRECISION significant digits. */
function roundedProduct(a: Significand, b: Significand): Significand {
  const m = a.m * b.m;
  const e = a.e + b.e;
  // A product of d₁- and d₂-digit numbers has d₁ + d₂ − 1 or d₁ + d₂ digits.
  const most = a.digits + b.digits;
  const digits = most - 1 >= POW10.length ? m.toString().length : m < (POW10[most - 1] as bigint) ? most - 1 : most;
  const drop = digits - PRECISION;
  if (drop <= 0) return { m, e, digits };
  const unit = drop < POW10.length ? (POW10[drop] as bigint) : 10n ** BigInt(drop);
  let q = m / unit;
  const twiceRest = 2n * (m - q * unit);
  if (twiceRest > unit || (twiceRest === unit && (q & 1n) === 1n)) q += 1n;
  // 99…9 rounded up to 10^PRECISION: one digit more, so drop one more (exactly, it is a power of ten).
  return q === POW10[PRECISION] ? { m: q / 10n, e: e + drop + 1, digits: PRECISION } : { m: q, e: e + drop, digits: PRECISION };
}

// Below this |i| the closed form (1 − vⁿ)/(1 − v) cancels too many digits; sum the series instead.
const TINY_RATE = new Dec('1e-12');

/** Σ_{j<n} v^j exactly (to the Dec precision). */
function geometricSum(v: Dec, rate: Dec, n: number): Dec {
  if (n === 1) return ONE;
  if (rate.isZero()) return new Dec(n);
  if (rate.abs().lt(TINY_RATE)) {
    let acc = ONE;
    for (let j = 1; j < n; j++) acc = acc.times(v).plus(1);
    return acc;
  }
  // (1 − vⁿ)/(1 − v) with 1 − v = i/(1 + i)
  return ONE.minus(powInt(v, n)).times(rate.plus(1)).div(rate);
}

/**
 * The general equation's left side at periodic rate `rate` (a fraction, > −1), in decimal.
 * Horner's scheme per odd-fraction group, runs summed in closed form.
 */
export function npvDec(model: CashFlowModel, rate: Dec): Dec {
  if (rate.isZero()) return model.netAtZero;
  const v = ONE.div(rate.plus(1));
  let total = ZERO;
  const sums = new Map<number, Dec>();
  // Dated flows repeat a few gaps (28–31 days, 7 days …): one power per distinct gap.
  const powers = new Map<number, Dec>([[1, v]]);
  const vPow = (k: number): Dec => {
    let p = powers.get(k);
    if (!p) {
      p = powInt(v, k);
      powers.set(k, p);
    }
    return p;
  };
  for (const { fraction, runs } of model.groups) {
    let acc = ZERO;
    let prevT = -1;
    for (let k = runs.length - 1; k >= 0; k--) {
      const run = runs[k]!;
      if (prevT >= 0 && prevT !== run.t0) acc = acc.times(vPow(prevT - run.t0));
      if (run.count === 1) {
        acc = acc.plus(run.amount);
      } else {
        let g = sums.get(run.count);
        if (!g) {
          g = geometricSum(v, rate, run.count);
          sums.set(run.count, g);
        }
        acc = acc.plus(run.amount.times(g));
      }
      prevT = run.t0;
    }
    if (prevT > 0) acc = acc.times(vPow(prevT));
    total = total.plus(fraction.isZero() ? acc : acc.div(fraction.times(rate).plus(1)));
  }
  return total;
}

/** The same sum in float: fast, used only to find where to look. Relies on runs sorted by t0 within a fraction. */
export function npvFloat(model: CashFlowModel, rate: number): number {
  const logV = -Math.log1p(rate);
  let total = 0;
  for (const run of model.floatRuns) {
    // Σ_{j<n} v^(t0+j) = v^t0 · (1 − vⁿ)/(1 − v), via expm1 so it stays exact near 0 %
    const head = Math.exp(run.t0 * logV);
    const g = run.count === 1 || logV === 0 ? run.count : Math.expm1(run.count * logV) / Math.expm1(logV);
    total += (run.amount * head * g) / (1 + run.fraction * rate);
  }
  return total;
}
