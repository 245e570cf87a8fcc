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
 * micro·b / (10⁸·a) is rational, so v = 10⁸a / (10⁸a + micro·b) is too (reduced first: 24 % monthly is v = 50/51).
 */
export function npvSignAtNominal(c: ArrayLike<number>, micro: bigint, a: bigint, b: bigint): Sign {
  let num = 100_000_000n * a;
  let den = num + micro * b;
  const g = gcd(num, den);
  return npvSignAt(c, num / g, den / g);
}

/**
 * The NPV's sign at the effective rate `milli` × 10⁻³ %, `periodsPerYear` a whole number p: there
 * v = y, the positive root of y^p = z, z = 10⁵ / (10⁵ + milli); undefined when it cannot be told.
 * 1. Exactly on it: P(y) = Σ_{j<p} y^j·Q_j(z), Q_j(w) = Σ_k c_{j+kp}·w^k, so every Q_j(z) = 0 gives P(y) = 0
 *    (a single payment after a whole number of years, the usual way to land on such a boundary). The converse
 *    holds when x^p − z is irreducible over Q (Capelli): z has 2-adic valuation 5 (x.xx5 %) or −1 at 11
 *    (1,000 %), so it is no q-th power for a prime q | p unless q = 5; then a 5 | p fifth-power z may
 *    end in undefined below, never in a wrong sign.
 * 2. Not on it: bracket y between Y/2^k and (Y + 1)/2^k (Y the integer p-th root of z·2^(kp)) and read P's
 *    sign at both ends, k = 64, 128, … as long as the integers stay small.
 */
export function npvSignAtEffective(c: ArrayLike<number>, milli: bigint, p: number): Sign | undefined {
  const zNum = 100_000n;
  const zDen = zNum + milli;
  let on = true;
  for (let j = 0; j < p && on; j++) {
    const q: number[] = [];
    for (let t = j; t < c.length; t += p) q.push(c[t]!);
    on = npvSignAt(q, zNum, zDen) === 0;
  }
  if (on) return 0;
  const P = BigInt(p);
  for (let k = 64; k <= 512 && c.length * k <= 2 ** 20; k *= 2) {
    const K = BigInt(k);
    const scaled = zNum << (K * P);
    const Y = floorRoot(scaled / zDen, P, (Number(zNum) / Number(zDen)) ** (1 / p), k);
    const low = npvSignAt(c, Y, 1n << K);
    if (low < 0) return -1;
    if (low === 0) return Y ** P * zDen === scaled ? 0 : -1;
    if (npvSignAt(c, Y + 1n, 1n << K) >= 0) return 1;
  }
  return undefined;
}

/** ⌊x^(1/n)⌋ by Newton's method from above (monotone; stops at the floor); `approx` ≈ x^(1/n)/2^k, a start only. */
function floorRoot(x: bigint, n: bigint, approx: number, k: number): bigint {
  let r = (BigInt(Math.ceil(approx * 2 ** 52 * (1 + 2 ** -30))) << BigInt(k - 52)) + 1n;
  while (r ** n <= x) r += (r >> 20n) + 1n;
  for (;;) {
    const next = ((n - 1n) * r + x / r ** (n - 1n)) / n;
    if (next >= r) return r;
    r = next;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * The sign of (received/repaid)^a·(1 + milli/10⁵)^b − 1 for a single period at a/b periods a year: +1 when
 * the effective rate ((repaid/received)^(a/b) − 1) is below milli × 10⁻³ %, 0 on it, −1 above.
 */
export function termSignAtEffective(received: bigint, repaid: bigint, a: bigint, b: bigint, milli: bigint): Sign {
  const d = received ** a * (100_000n + milli) ** b - repaid ** a * 100_000n ** b;
  return d > 0n ? 1 : d < 0n ? -1 : 0;
}

/**
 * num/den (den > 0) to 30 decimals, truncated with the last digit made odd when inexact (round to odd): exact
 * when num/den has ≤ 30 decimals, else equal to no number of ≤ 29 decimals and on the same side of each.
 */
export function ratioDigits(num: bigint, den: bigint): string {
  const scaled = num * 10n ** 30n;
  let q = scaled / den;
  if (q * den !== scaled && q % 2n === 0n) q += num < 0n ? -1n : 1n;
  return `${q}e-30`;
}
