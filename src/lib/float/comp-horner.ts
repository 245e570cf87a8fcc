import { twoSumError, U } from './eft';

/** p(x) ∈ [value − bound, value + bound], proven; value = hi + lo (a double-double estimate). */
export interface CertifiedValue {
  hi: number;
  lo: number;
  /** Rigorous bound on |p(x) − (hi + lo)|; Infinity when nothing can be said (overflow, NaN). */
  bound: number;
}

/**
 * p(x) = Σ c[k]·x^k (coefficients and x doubles) by the compensated Horner scheme, with its
 * a-posteriori error bound: Graillat, Langlois, Louvet, "Algorithms for accurate, validated and fast
 * polynomial evaluation", Japan J. Indust. Appl. Math. 26 (2009) 191–214, Algorithm "CompHorner" and
 * its validated bound (Theorem 3 / the running bound of §4):
 *   s = Horner(p, x) in double; at each step TwoProduct and TwoSum give the exact rounding errors
 *   π_k, σ_k, so p(x) = s + Σ (π_k + σ_k) x^k exactly (an error-free transformation);
 *   ĉ = Horner(π + σ, x) in double, b̂ = Horner(|π| + |σ|, |x|) in double;
 *   |p(x) − (s + ĉ)| ≤ fl(γ_{2n−1} · b̂) / (1 − 2(n + 1)u),  γ_k = k·u / (1 − k·u), n = degree.
 * Only +, −, × of doubles are used (no Math.pow, no libm): every step is IEEE-exact or has its rounding
 * captured. We double the bound as a safety margin and add a term that covers gradual underflow
 * (each underflowing operation errs by at most 2^-1074, amplified at most max(1, |x|)^n). Overflow or
 * NaN gives an infinite bound: the caller then knows nothing and falls back to decimal.
 */
export function compHorner(c: Float64Array, x: number): CertifiedValue {
  const n = c.length - 1;
  if (n < 1) return { hi: c[0] ?? 0, lo: 0, bound: 0 };
  // Veltkamp split of x, once.
  let t = 134217729 * x;
  const xh = t - (t - x);
  const xl = x - xh;
  const ax = Math.abs(x);
  let s = c[n]!;
  let cc = 0;
  let b = 0;
  for (let k = n - 1; k >= 0; k--) {
    // TwoProduct(s, x) = p + pi
    const p = s * x;
    t = 134217729 * s;
    const sh = t - (t - s);
    const sl = s - sh;
    const pi = sl * xl - (p - sh * xh - sl * xh - sh * xl);
    // TwoSum(p, c[k]) = s + sigma
    const ck = c[k]!;
    s = p + ck;
    const z = s - p;
    const sigma = p - (s - z) + (ck - z);
    cc = cc * x + (pi + sigma);
    b = b * ax + (Math.abs(pi) + Math.abs(sigma));
  }
  // s + ĉ = hi + lo exactly (TwoSum)
  const hi = s + cc;
  const lo = twoSumError(s, cc, hi);
  const gamma = ((2 * n - 1) * U) / (1 - (2 * n - 1) * U);
  const alpha = (gamma * b) / (1 - 2 * (n + 1) * U);
  const bound = 2 * alpha + (n + 1) * 2 ** -1074 * growthBound(ax, n);
  return Number.isFinite(bound) && Number.isFinite(hi) ? { hi, lo, bound } : { hi: NaN, lo: NaN, bound: Infinity };
}

/** An upper bound of max(1, a)^n by squaring; the final ×2 covers the roundings (≤ 2·log2(n) of them). */
function growthBound(a: number, n: number): number {
  if (a <= 1) return 1;
  let result = 1;
  let base = a;
  for (let k = n; k > 0; k = Math.floor(k / 2)) {
    if (k & 1) result *= base;
    base *= base;
  }
  return 2 * result;
}

/** The sign of p(x) when the bound decides it (+1 or −1), else 0. */
export function certifiedSign(v: CertifiedValue): -1 | 0 | 1 {
  // p(x) ∈ hi + lo ± bound; the sum bound + |lo| is rounded up by the factor (1 + 4u).
  const margin = (v.bound + Math.abs(v.lo)) * (1 + 4 * U);
  if (v.hi > margin) return 1;
  if (v.hi < -margin) return -1;
  return 0;
}
