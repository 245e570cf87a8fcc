import { failure, success, type CalcIssue, type Outcome } from '../errors';
import { Dec, ZERO } from '../money/decimal';
import { npvDec, npvFloat, type CashFlowModel } from './cash-flow-model';
import { MAX_APR_PCT, MIN_APR_PCT } from './limits';

/** A certified root: the true periodic rate lies in [lo, hi]; `rate` is the best estimate inside it. */
export interface RateSolution {
  /** Periodic rate as a fraction, ≈ 35 significant digits. */
  rate: Dec;
  lo: Dec;
  hi: Dec;
  /** Sign of the NPV at `lo` (the NPV at `hi` has the other sign, or one of them is 0). */
  signLo: number;
}

/** Search domain for the periodic rate, as fractions; both ends are finite and min > −1. */
export interface RateBounds {
  min: Dec;
  max: Dec;
}

const signOf = (x: Dec): number => (x.isZero() ? 0 : x.lt(0) ? -1 : 1);

/**
 * Finds the periodic rate i with NPV(i) = 0 for the Appendix J general equation, inside `bounds`.
 *
 * Method (why it cannot diverge, and why the digits can be trusted):
 * 1. Exactly 0 % when the flows sum to 0 (checked exactly in decimal, no search).
 * 2. Bracket: the NPV signs at the two bounds must differ, else an issue (`apr.rate.tooHigh` /
 *    `apr.rate.tooLow` / `apr.noSolution`); checked in float and confirmed in decimal.
 * 3. Float accelerator: from a rough guess, the bracket is tightened geometrically, then Brent's
 *    method (bisection-safeguarded inverse interpolation) runs to machine precision. It only ever
 *    works inside a sign-changing bracket, so it always terminates.
 * 4. Decimal certificate: the NPV is evaluated in decimal (40 digits) at root × (1 ∓ 1e-12). Opposite
 *    signs prove the true root lies between them; a secant step between the two exact values and one
 *    Newton step with that slope (a third decimal evaluation) give ≈ 35 correct digits. If the float root was off, the interval widens, and as a last resort
 *    the whole bracket is bisected in decimal.
 * Display digits are then certified by {@link certifyRounding}.
 * @example solveRate(model, { min: new Dec('-0.08'), max: new Dec('8') }) // rate 0.0292285… for 8,500 → 12 × 1,000
 */
export function solveRate(model: CashFlowModel, bounds: RateBounds): Outcome<RateSolution> {
  if (model.netAtZero.isZero() && bounds.min.lte(0) && bounds.max.gte(0)) {
    return success({ rate: ZERO, lo: ZERO, hi: ZERO, signLo: 0 });
  }
  const minNum = bounds.min.toNumber();
  const maxNum = bounds.max.toNumber();
  const fMin = npvFloat(model, minNum);
  const fMax = npvFloat(model, maxNum);
  // Receipts after payments can give several rates that all zero the NPV; none of them would be "the" APR.
  if (!model.receiptsFirst && signChanges(model, minNum, maxNum) > 1) return failure({ code: 'apr.multipleSolutions' });
  if (!(Math.sign(fMin) * Math.sign(fMax) < 0)) {
    // Float may be wrong right at a bound; let decimal decide.
    const dMin = signOf(npvDec(model, bounds.min));
    const dMax = signOf(npvDec(model, bounds.max));
    if (dMin === 0) return success({ rate: bounds.min, lo: bounds.min, hi: bounds.min, signLo: 0 });
    if (dMax === 0) return success({ rate: bounds.max, lo: bounds.max, hi: bounds.max, signLo: 0 });
    if (dMin === dMax) return failure(boundsIssue(model, dMin));
    return success(bisectDecimal(model, bounds.min, bounds.max, dMin, 200));
  }
  const root = brent(model, minNum, maxNum, fMin, fMax);
  return success(certify(model, root, bounds, Math.sign(fMin)));
}

/** Sign changes of the float NPV on a grid even in log(1 + i) across the bounds. */
function signChanges(model: CashFlowModel, min: number, max: number): number {
  const a = Math.log1p(min);
  const b = Math.log1p(max);
  let changes = 0;
  let prev = Math.sign(npvFloat(model, min));
  for (let k = 1; k <= 512; k++) {
    const s = Math.sign(npvFloat(model, Math.expm1(a + ((b - a) * k) / 512)));
    if (s !== 0 && prev !== 0 && s !== prev) changes += 1;
    if (s !== 0) prev = s;
  }
  return changes;
}

/** Which side the root fell outside, for a loan shaped "receive, then pay". */
function boundsIssue(model: CashFlowModel, signAtBounds: number): CalcIssue {
  if (!model.receiptsFirst) return { code: 'apr.noSolution' };
  // NPV rises with the rate for such loans: still negative at the top → the rate is above it.
  return signAtBounds < 0
    ? { code: 'apr.rate.tooHigh', params: { maxPct: MAX_APR_PCT.toFixed() } }
    : { code: 'apr.rate.tooLow', params: { minPct: MIN_APR_PCT.toFixed() } };
}

/** Brent's zeroin in float on a sign-changing bracket [a, b], after a cheap bracket squeeze around a guess. */
export function brent(model: CashFlowModel, a0: number, b0: number, fa0: number, fb0: number): number {
  let a = a0;
  let b = b0;
  let fa = fa0;
  let fb = fb0;
  // Squeeze: probe geometric points from a small positive guess; each probe that keeps the sign change shrinks the bracket.
  for (const probe of [0, 0.001, 0.01, 0.05, 0.2, 1]) {
    if (probe <= a || probe >= b) continue;
    const fp = npvFloat(model, probe);
    if (fp === 0) return probe;
    if (Math.sign(fp) === Math.sign(fa)) {
      a = probe;
      fa = fp;
    } else {
      b = probe;
      fb = fp;
      break;
    }
  }
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let iter = 0; iter < 300; iter++) {
    if (Math.sign(fb) === Math.sign(fc)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * Number.EPSILON * Math.abs(b) + 1e-300;
    const m = (c - b) / 2;
    if (Math.abs(m) <= tol || fb === 0) return b;
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * m * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = m;
        e = m;
      }
    } else {
      d = m;
      e = m;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
    fb = npvFloat(model, b);
  }
  return b;
}

/** Turns a float root into a decimal-certified bracket (see {@link solveRate}, step 4). */
function certify(model: CashFlowModel, root: number, bounds: RateBounds, signMin: number): RateSolution {
  const center = new Dec(root);
  let width = new Dec(Math.max(Math.abs(root), 1e-4)).times(RELATIVE_WIDTH);
  for (let attempt = 0; attempt < 4; attempt++) {
    const lo = Dec.max(center.minus(width), bounds.min);
    const hi = Dec.min(center.plus(width), bounds.max);
    const nLo = npvDec(model, lo);
    const nHi = npvDec(model, hi);
    const sLo = signOf(nLo);
    const sHi = signOf(nHi);
    if (sLo === 0) return { rate: lo, lo, hi: lo, signLo: 0 };
    if (sHi === 0) return { rate: hi, lo: hi, hi, signLo: 0 };
    if (sLo !== sHi) {
      // Secant between two exact values: error ≈ curvature × width² (≈ 1e-22 relative); one Newton
      // step with the secant slope then reaches the 40-digit working precision.
      const slope = nHi.minus(nLo).div(hi.minus(lo));
      const first = clamp(lo.minus(nLo.div(slope)), lo, hi);
      const nFirst = npvDec(model, first);
      if (nFirst.isZero()) return { rate: first, lo, hi, signLo: sLo };
      return { rate: clamp(first.minus(nFirst.div(slope)), lo, hi), lo, hi, signLo: sLo };
    }
    width = width.times(1e4);
  }
  return bisectDecimal(model, bounds.min, bounds.max, signMin, 200);
}

const RELATIVE_WIDTH = new Dec('1e-12');

const clamp = (x: Dec, lo: Dec, hi: Dec): Dec => (x.lt(lo) ? lo : x.gt(hi) ? hi : x);

/** Plain bisection in decimal: slow, but needs nothing but the sign change. */
function bisectDecimal(model: CashFlowModel, lo0: Dec, hi0: Dec, signLo: number, iterations: number): RateSolution {
  let lo = lo0;
  let hi = hi0;
  for (let k = 0; k < iterations; k++) {
    const mid = lo.plus(hi).div(2);
    if (mid.eq(lo) || mid.eq(hi)) break;
    const s = signOf(npvDec(model, mid));
    if (s === 0) return { rate: mid, lo: mid, hi: mid, signLo: 0 };
    if (s === signLo) lo = mid;
    else hi = mid;
    if (hi.minus(lo).lte(lo.abs().plus(hi.abs()).times('1e-36'))) break;
  }
  return { rate: lo.plus(hi).div(2), lo, hi, signLo };
}

/**
 * Makes sure the figure a person sees is right: `display(r)` (monotone in r, e.g. r × 12 × 100) must
 * round to the same `decimals` (half up) everywhere in the certified bracket. Both ends are evaluated
 * in decimal and, while they round differently, the bracket is bisected in decimal (or until 40-digit
 * precision is exhausted, where the estimate decides). This is the decimal reference, run where the
 * float certificate (certify.ts) cannot decide. Returns the (possibly narrowed) solution — the same
 * object when nothing had to change — and display(rate) at full precision.
 */
export function certifyRounding(
  model: CashFlowModel,
  solution: RateSolution,
  display: (rate: Dec) => Dec,
  decimals = 2,
): { solution: RateSolution; value: Dec } {
  let { lo, hi, rate } = solution;
  const { signLo } = solution;
  const rounded = (r: Dec) => display(r).toDecimalPlaces(decimals, Dec.ROUND_HALF_UP);
  let changed = false;
  for (let k = 0; k < 160 && !rounded(lo).eq(rounded(hi)); k++) {
    const mid = lo.plus(hi).div(2);
    if (mid.eq(lo) || mid.eq(hi)) break;
    const s = signOf(npvDec(model, mid));
    changed = true;
    if (s === 0) {
      lo = mid;
      hi = mid;
      rate = mid;
      break;
    }
    if (s === signLo) lo = mid;
    else hi = mid;
    rate = clamp(rate, lo, hi);
  }
  return changed ? { solution: { rate, lo, hi, signLo }, value: display(rate) } : { solution, value: display(rate) };
}
