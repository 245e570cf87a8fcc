import { compHorner, certifiedSign } from '../float/comp-horner';
import { ddAdd, twoProductError, twoSumError, U, type DoubleDouble } from '../float/eft';
import { Dec } from '../money/decimal';
import { fenOf } from '../money/fen';
import { brent } from './irr';
import { effectivePctOf } from './effective-rate';
import { npvFloat, type CashFlowModel } from './cash-flow-model';
import { npvIsZeroAtEffective, npvSignAtNominal } from './exact-npv';

/** The figures of an APR answer, certified in float (see {@link aprInFloat}). */
export interface FloatAprFigures {
  nominalAprPct: Dec;
  effectivePct: Dec;
  periodicRate: Dec;
}

/**
 * The APR in float, with the figures a person sees PROVEN equal to the exact ones; `undefined` when
 * the proof does not go through, and the caller then takes the decimal path (the reference).
 *
 * Only for loans shaped "receive at t = 0, then pay" in whole periods and whole fen (every periodic
 * loan, every quote, most dated flows). Then, with v = 1/(1 + i), the NPV in fen is the polynomial
 * P(v) = Σ c_t v^t with integer coefficients (exact doubles), c_t ≤ 0 for t ≥ 1, so P falls as v
 * rises: one root, NPV < 0 below the rate and > 0 above.
 * 1. The root is found in float (Brent on the float NPV, as the decimal path does).
 * 2. Bracket: at two doubles v₁ > v₂ a relative 2^-44 either side, P is evaluated by the compensated
 *    Horner scheme with its rigorous error bound (../float/comp-horner.ts). Certain signs
 *    P(v₁) < 0 < P(v₂) prove the exact root lies between (else widen, then give up).
 * 3. Display: the nominal APR (1/v − 1)·ppy·100 and the effective ((1/v)^ppy − 1)·100 are enclosed on
 *    the bracket with explicit float error bounds (+, −, ×, ÷ only). If no multiple of 10⁻⁶ (nominal)
 *    lies in the nominal enclosure and no x.xx5 in the effective one, every figure rounded half up to 2 decimals, every
 *    comparison with a line of ≤ 6 decimals (24 %, 36 %, 4 × LPR) and every rounded excess over such
 *    a line is the same anywhere in it — so the same as for the exact rate, whatever the decimal
 *    path would compute.
 * 4. Where such a boundary does lie inside (an APR of exactly 24 %, exactly x.xx5 %, or within ~10⁻¹³ % of
 *    one), its side is decided exactly: the sign of the NPV AT the boundary, in BigInt ({@link settleExactly}).
 * 5. The reported full-precision figures: the chord root between v₁ and v₂ in double-double (about 28
 *    significant digits, inside the bracket); the effective rate from it in decimal (effectivePctOf).
 */
export function aprInFloat(model: CashFlowModel, periodsPerYear: Dec, bounds: { min: Dec; max: Dec }): FloatAprFigures | undefined {
  if (!periodsPerYear.isInteger()) return undefined;
  const ppy = periodsPerYear.toNumber();
  const c = fenPolynomial(model);
  if (!c) return undefined;
  const min = bounds.min.toNumber();
  const max = bounds.max.toNumber();
  const fMin = npvFloat(model, min);
  const fMax = npvFloat(model, max);
  if (!(fMin < 0 && fMax > 0)) return undefined;
  const vHat = 1 / (1 + brent(model, min, max, fMin, fMax));
  for (const delta of BRACKET_HALF_WIDTHS) {
    const v1 = vHat * (1 + delta);
    const v2 = vHat * (1 - delta);
    const p1 = compHorner(c, v1);
    const p2 = compHorner(c, v2);
    const s1 = certifiedSign(p1);
    const s2 = certifiedSign(p2);
    if (s1 === 0 || s2 === 0) return undefined;
    if (s1 === s2) continue;
    if (s1 > 0) return undefined;
    if (!(1 / v1 - 1 > min + 1e-9 * Math.abs(min)) || !(1 / v2 - 1 < max * (1 - 1e-9))) return undefined;
    const near = boundariesInside(v1, v2, ppy);
    if (!near) return undefined;
    const estimate = figures(rootBetween(v1, v2, p1.hi + p1.lo, p2.hi + p2.lo), periodsPerYear);
    return near.nominal.length + near.effective.length ? settleExactly(c, ppy, near, estimate, periodsPerYear) : estimate;
  }
  return undefined;
}

/** Half-widths of the bracket around the float root, relative; a wider one only when the root fell outside. */
const BRACKET_HALF_WIDTHS = [2 ** -50, 2 ** -44, 2 ** -36, 2 ** -28];

/**
 * The NPV polynomial in fen: c[t] = Σ amounts at period t × 100. Undefined unless every receipt is at
 * t = 0, no flow has an odd fraction, every amount is whole fen and every coefficient is an exact
 * double (|c| < 2^53, so the input is exactly what decimal sees).
 */
export function fenPolynomial(model: CashFlowModel): Float64Array | undefined {
  let degree = 0;
  for (const run of model.floatRuns) {
    if (run.fraction !== 0) return undefined;
    if (run.amount > 0 && (run.t0 !== 0 || run.count !== 1)) return undefined;
    degree = Math.max(degree, run.t0 + run.count - 1);
  }
  const c = new Float64Array(degree + 1);
  for (let k = 0; k < model.runs.length; k++) {
    const run = model.runs[k]!;
    const fen = fenOf(run.amount);
    if (fen === undefined) return undefined;
    for (let t = run.t0; t < run.t0 + run.count; t++) c[t] = c[t]! + fen;
  }
  for (let t = 0; t <= degree; t++) if (!(Math.abs(c[t]!) < 2 ** 53)) return undefined;
  return c;
}

/**
 * The boundaries that may lie in the enclosures of the figures over every v in [v₂, v₁]: multiples of
 * 10⁻⁶ % of the nominal rate (as micro-percent), x.xx5 % and 1,000 % (the island's typo check) of the
 * effective rate (as milli-percent); undefined when there are too many to check.
 * (Subtracting 0.005 shifts the enclosure by at most an ulp; the ×100 grid test widens by 4u·|x|, far more.) Error bounds of the float enclosures, u = 2^-53:
 * q = fl(1/v) errs ≤ u·q; fl(q − 1) adds ≤ u·|q − 1|; × K = 100·ppy (exact) adds ≤ u·|a|, so
 * |â − a| ≤ 4u(K·q + |â|). w = fl(q)^ppy by squaring: ≤ ppy roundings of q inherited plus ≤ 2·log2(ppy) + 1
 * products, so relative ≤ 2u(ppy + 40); then (w − 1)·100 adds ≤ 4u·|ê|.
 */
function boundariesInside(v1: number, v2: number, ppy: number): { nominal: number[]; effective: number[] } | undefined {
  const K = 100 * ppy;
  const nominal = (v: number) => {
    const q = 1 / v;
    const a = (q - 1) * K;
    return { a, err: 4 * U * (K * q + Math.abs(a)) };
  };
  const effective = (v: number) => {
    const w = powInt(1 / v, ppy);
    const e = (w - 1) * 100;
    return { e, err: 200 * w * 2 * U * (ppy + 40) + 4 * U * Math.abs(e) };
  };
  const n1 = nominal(v1);
  const n2 = nominal(v2);
  const e1 = effective(v1);
  const e2 = effective(v2);
  // 10⁻¹⁵ more: the double nearest 0.005 is not 0.005, and x − 0.005 rounds
  const eLo = e1.e - e1.err - 1e-15;
  const eHi = e2.e + e2.err + 1e-15;
  const micros = gridPoints(n1.a - n1.err, n2.a + n2.err, 1e6);
  const halves = gridPoints(eLo - 0.005, eHi - 0.005, 100);
  if (!micros || !halves) return undefined;
  const effectiveMillis = halves.map((k) => 10 * k + 5);
  if (eLo <= 1000 && eHi >= 1000) effectiveMillis.push(1_000_000);
  return { nominal: micros, effective: effectiveMillis };
}

/** x^n, n ≥ 1, by squaring in double. */
function powInt(x: number, n: number): number {
  let result = 1;
  for (let k = n, base = x; k > 0; k = Math.floor(k / 2), base *= base) if (k & 1) result *= base;
  return result;
}

/** Every whole k with k/scale in [lo, hi] (and perhaps a neighbour); scale a power of ten ≤ 2^53 (the product's rounding is widened away). */
function gridPoints(lo: number, hi: number, scale: number): number[] | undefined {
  const a = lo * scale;
  const b = hi * scale;
  const low = Math.ceil(a - Math.abs(a) * 4 * U);
  const high = Math.floor(b + Math.abs(b) * 4 * U);
  if (!(Math.abs(low) < 2 ** 52 && Math.abs(high) < 2 ** 52 && high - low < 3)) return undefined;
  const points: number[] = [];
  for (let k = low; k <= high; k++) points.push(k);
  return points;
}

/**
 * Puts the estimate on the exact side of every boundary inside the enclosures ({@link boundariesInside}):
 * the boundary itself when the NPV there is exactly 0 (so a rate exactly on 24 % is not above 24 %, and
 * exactly 1.245 % rounds up), else the estimate, or the boundary moved by 10⁻³⁰ of itself to the proven
 * side when the estimate (good to ~10⁻²⁸) landed on the other. An effective-rate boundary is settled only
 * when the APR is exactly on it (./exact-npv.ts npvIsZeroAtEffective); else undefined, and the decimal path decides.
 */
function settleExactly(c: Float64Array, ppy: number, near: { nominal: number[]; effective: number[] }, estimate: FloatAprFigures, periodsPerYear: Dec): FloatAprFigures | undefined {
  let { nominalAprPct, periodicRate, effectivePct } = estimate;
  for (const micro of near.nominal) {
    const line = new Dec(micro).div(1e6);
    const sign = npvSignAtNominal(c, BigInt(micro), BigInt(ppy), 1n);
    if (sign === 0) {
      nominalAprPct = line;
      periodicRate = line.div(100 * ppy);
      effectivePct = effectivePctOf(periodicRate, periodsPerYear);
    } else nominalAprPct = onSide(nominalAprPct, line, sign);
  }
  for (const milli of near.effective) {
    if (!npvIsZeroAtEffective(c, BigInt(milli), ppy)) return undefined;
    effectivePct = new Dec(milli).div(1000);
  }
  return { nominalAprPct, effectivePct, periodicRate };
}

/** `x`, or 10⁻³⁰ of `boundary` (at least 10⁻³⁰) from it, strictly on the side an NPV of sign `npvSign` there proves (> 0: below it). */
const onSide = (x: Dec, boundary: Dec, npvSign: -1 | 1): Dec =>
  x.minus(boundary).times(npvSign).lt(0) ? x : boundary.minus(Dec.max(boundary.abs(), 1).times(npvSign * 1e-30));

/**
 * A single advance repaid by a single payment one period later, at a fractional number a/b of periods a
 * year (a 7-day loan: 365/7, read back from the Dec `periodsPerYear` it is the rounding of): the periodic rate
 * (repaid − received)/received and the nominal APR are rationals of small denominator, so their 40-digit
 * quotients are a line or a boundary exactly when they are one, and on its exact side otherwise. The effective rate
 * (1 + i)^(a/b) − 1 stays decimal (decimal.js pow, correctly rounded): it can be exactly x.xx5 % only when
 * (1 + i) = s^b and the boundary's 1 + e = s^a, and 1 + e has 2-adic valuation −5, so a = 5: a term of
 * 146 or 292 days (a/b = 5/2, 5/4, exact exponents, so pow is exact there too) or 219 days (5/3, rounded
 * up, so the figure lands above the boundary and rounds up as it should). 1,000 % (1 + e = 11) needs a = 1.
 * Undefined for any other loan at a fractional period count (several payments, or odd-day fractions):
 * those go to the decimal path.
 */
export function aprOfTerm(model: CashFlowModel, periodsPerYear: Dec, bounds: { min: Dec; max: Dec }): FloatAprFigures | undefined {
  const c = fenPolynomial(model);
  if (!c || c.length !== 2 || !(c[0]! > 0 && c[1]! < 0)) return undefined;
  const [a, b] = periodsPerYear.toFraction(400).map((x) => x.toNumber()) as [number, number];
  if (!new Dec(a).div(b).eq(periodsPerYear)) return undefined;
  const received = new Dec(c[0]!);
  const periodicRate = new Dec(-c[1]!).div(received).minus(1);
  if (!(periodicRate.gt(bounds.min) && periodicRate.lt(bounds.max))) return undefined;
  // 100·(repaid − received)·a / (received·b): its denominator is under 4·10¹⁶, so it is either a multiple
  // of 10⁻⁶ (a line, a boundary: ≤ 11 digits, and the 40-digit division is exact) or more than 10⁻²³ from
  // every one, far beyond the division's rounding.
  const nominalAprPct = new Dec(-c[1]! - c[0]!).times(100 * a).div(received.times(b));
  return { nominalAprPct, effectivePct: effectivePctOf(periodicRate, periodsPerYear), periodicRate };
}

/**
 * The root between v₂ < v₁ as a double-double: the chord's root v₂ + (v₁ − v₂)·θ, θ = P₂/(P₂ − P₁).
 * v₁ − v₂ is exact (Sterbenz); the chord errs by about ½·degree·δ² relative (δ the bracket's half-width:
 * ≈ 10⁻²⁸ for the first bracket, 2^-50). Kept inside the bracket.
 */
function rootBetween(v1: number, v2: number, p1: number, p2: number): DoubleDouble {
  const width = v1 - v2;
  const d = Math.min(Math.max(width * (p2 / (p2 - p1)), 0), width);
  const hi = v2 + d;
  return { hi, lo: twoSumError(v2, d, hi) };
}

/** Rate and nominal figures from v (double-double) as 40-digit decimals; the effective one from the rate in decimal. */
function figures(v: DoubleDouble, periodsPerYear: Dec): FloatAprFigures {
  // q = 1/v: one Newton step on q₀ = fl(1/hi) with the exact residual 1 − v·q₀.
  const q0 = 1 / v.hi;
  const p = v.hi * q0;
  const residual = 1 - p - twoProductError(v.hi, q0, p) - v.lo * q0;
  const rate = ddAdd({ hi: q0 - 1, lo: twoSumError(q0, -1, q0 - 1) }, { hi: q0 * residual, lo: 0 });
  const K = 100 * periodsPerYear.toNumber();
  const nominalHi = rate.hi * K;
  const nominal = ddAdd({ hi: nominalHi, lo: 0 }, { hi: twoProductError(rate.hi, K, nominalHi) + rate.lo * K, lo: 0 });
  const periodicRate = decOf(rate);
  return { nominalAprPct: decOf(nominal), effectivePct: effectivePctOf(periodicRate, periodsPerYear), periodicRate };
}

/** hi + lo exactly as written in binary, rounded once to Dec's 40 digits (toPrecision is exact up to 100 digits). */
const decOf = (x: DoubleDouble): Dec => new Dec(x.hi.toPrecision(40)).plus(x.lo.toPrecision(20));
