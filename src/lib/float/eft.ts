/**
 * Error-free transformations of IEEE-754 doubles (round to nearest): the exact result of a sum or a
 * product as the rounded result plus its rounding error, both doubles. No FMA is needed: the
 * product uses Veltkamp's split (Dekker 1971). Valid without overflow; the product also needs no
 * underflow of the error term. Reference: Ogita, Rump, Oishi, "Accurate sum and dot product",
 * SIAM J. Sci. Comput. 26 (2005), algorithms 3.1–3.3.
 */

/** Unit roundoff of binary64: 2^-53. */
export const U = 2 ** -53;

/** 2^27 + 1: splits a double into two 26-bit halves. */
const SPLITTER = 134217729;

/** a + b = s + e exactly, s = fl(a + b) (Knuth's TwoSum, any order of magnitudes). */
export function twoSumError(a: number, b: number, s: number): number {
  const z = s - a;
  return a - (s - z) + (b - z);
}

/** a × b = p + e exactly, p = fl(a × b) (Dekker's TwoProduct). */
export function twoProductError(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return al * bl - (p - ah * bh - al * bh - ah * bl);
}

/** A double-double: the unevaluated sum hi + lo, |lo| ≤ ulp(hi). */
export interface DoubleDouble {
  hi: number;
  lo: number;
}

/** a + b (double-doubles) as a double-double. */
export function ddAdd(a: DoubleDouble, b: DoubleDouble): DoubleDouble {
  const s = a.hi + b.hi;
  const e = twoSumError(a.hi, b.hi, s) + a.lo + b.lo;
  const hi = s + e;
  return { hi, lo: e - (hi - s) };
}
