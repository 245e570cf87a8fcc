/**
 * Exact signs of the NPV in fen, P(v) = Σ c_t·v^t (integer c_t: ./certify.ts fenPolynomial), in BigInt.
 * Only for the rare answer the float certificate cannot decide: an APR exactly on (or within about
 * 10⁻¹³ % of) a legal line or a rounding boundary. P falls as v = 1/(1 + i) rises (c_t ≤ 0 for t ≥ 1),
 * so the sign of the NPV AT a boundary says on which side the exact APR lies: > 0, the APR is below
 * it; < 0, above it; 0, the APR is exactly the boundary.
 */
type Sign = -1 | 0 | 1;

/** The sign of P(num/den), num, den > 0: that of the integer Σ c_t·num^t·den^(n−t) (homogeneous Horner). */
export function npvSignAt(c: ArrayLike<number>, num: bigint, den: bigint): Sign {
  let acc = 0n;
  let denPower = 1n;
  for (let t = c.length - 1; t >= 0; t--) {
    acc = acc * num + BigInt(c[t]!) * denPower;
    denPower *= den;
  }
  return acc > 0n ? 1 : acc < 0n ? -1 : 0;
}

/**
 * The NPV's sign at the nominal APR `micro` × 10⁻⁶ % with `periodsPerYear` = a/b: the periodic rate
 * micro·b / (10⁸·a) is rational, so v = 10⁸a / (10⁸a + micro·b) is too; reduced, as the integers grow with
 * its digits to the degree-th power (24 % monthly is v = 50/51).
 */
export function npvSignAtNominal(c: ArrayLike<number>, micro: bigint, a: bigint, b: bigint): Sign {
  const num = 100_000_000n * a;
  const den = num + micro * b;
  let [g, r] = [num, den];
  while (r) [g, r] = [r, g % r];
  return npvSignAt(c, num / g, den / g);
}

/**
 * Whether the APR's effective rate is exactly `milli` × 10⁻³ %, `periodsPerYear` a whole number p. There
 * v = y, the positive root of y^p = z, z = 10⁵ / (10⁵ + milli), and P(y) = Σ_{j<p} y^j·Q_j(z) with
 * Q_j(w) = Σ_k c_{j+kp}·w^k, so every Q_j(z) = 0 gives P(y) = 0 (a single payment after a whole number of
 * years is the usual way to land on such a boundary). The converse holds when x^p − z is irreducible over
 * Q (Capelli: z no q-th power for a prime q | p): z has 2-adic valuation 5 at x.xx5 % and is 1/11 at
 * 1,000 %, so only q = 5 with z a fifth power escapes (p = 5, 10, 365 …, e.g. 1.5⁵ = 7.59375). Then, or
 * when the APR is merely next to the boundary, the answer is false and the decimal path decides (40
 * digits: a hair to the wrong side only within ~10⁻³⁵ of it).
 */
export function npvIsZeroAtEffective(c: ArrayLike<number>, milli: bigint, p: number): boolean {
  for (let j = 0; j < p; j++) {
    const q: number[] = [];
    for (let t = j; t < c.length; t += p) q.push(c[t]!);
    if (npvSignAt(q, 100_000n, 100_000n + milli) !== 0) return false;
  }
  return true;
}
