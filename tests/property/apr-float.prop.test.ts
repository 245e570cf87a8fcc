import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aprInFloat } from '../../src/lib/apr/certify';
import { buildCashFlowModel, type TimedFlow } from '../../src/lib/apr/cash-flow-model';
import { aprFromModel, aprFromModelDecimal, rateBounds } from '../../src/lib/apr/true-apr';
import type { AprResult } from '../../src/lib/apr';
import history from '../../src/lib/legal/lpr-history.json';
import { checkLegalLines } from '../../src/lib/legal';
import { Dec, ZERO } from '../../src/lib/money/decimal';
import { toDisplayPct } from '../../src/lib/money/rounding';

/**
 * The float-certified APR (src/lib/apr/certify.ts) against the decimal reference, on what a person
 * sees: both displayed rates, the "effective > 1,000 %" typo check, and for every legal line (24 %,
 * 36 %, 4 × every LPR fixing, 4 × typed LPRs with 3 and 6 decimals) above-or-not and the displayed excess.
 */
const LINES = [new Dec(24), new Dec(36), ...history.entries.map((e) => new Dec(e.ratePct).times(4)), new Dec('3.456').times(4), new Dec('2.999999').times(4)];

function seen(r: AprResult) {
  return {
    apr: toDisplayPct(r.nominalAprPct).toFixed(2),
    effective: toDisplayPct(r.effectivePct).toFixed(2),
    effectiveHuge: r.effectivePct.gt(1000),
    lines: LINES.map((line) => (r.nominalAprPct.gt(line) ? toDisplayPct(r.nominalAprPct.minus(line)).toFixed(2) : 'atOrBelow')),
  };
}

function bothPaths(received: Dec, payments: Dec[], ppy: number) {
  const flows: TimedFlow[] = [{ amount: received, t: 0, fraction: ZERO }, ...payments.map((p, k) => ({ amount: p.neg(), t: k + 1, fraction: ZERO }))];
  const model = buildCashFlowModel(flows);
  const periodsPerYear = new Dec(ppy);
  const money = { received, totalPaid: payments.reduce((s, p) => s.plus(p), ZERO) };
  return {
    usedFloat: aprInFloat(model, periodsPerYear, rateBounds(periodsPerYear, 0)) !== undefined,
    fast: aprFromModel(model, periodsPerYear, money),
    reference: aprFromModelDecimal(model, periodsPerYear, money),
  };
}

function expectSameAsDecimal({ fast, reference }: ReturnType<typeof bothPaths>) {
  expect(fast.ok).toBe(reference.ok);
  if (fast.ok && reference.ok) expect(seen(fast.value)).toEqual(seen(reference.value));
  if (!fast.ok && !reference.ok) expect(fast.issues).toEqual(reference.issues);
}

const fen = (min: number, max: number) => fc.integer({ min, max }).map((f) => new Dec(f).div(100));

describe('float-certified APR = decimal APR, as seen', () => {
  it('equal payments: ordinary, high-rate, promotions, short loans, every period length', () => {
    let float = 0;
    let runs = 0;
    fc.assert(
      fc.property(fen(10_000, 100_000_000_000), fc.integer({ min: 1, max: 400 }), fc.integer({ min: -300, max: 4000 }), fc.constantFrom(1, 4, 12, 24, 26, 52, 365), (received, count, permille, ppy) => {
        // a payment that repays `received` at about permille/1000 a year
        const r = permille / 1000 / ppy;
        const factor = r === 0 ? 1 / count : r / (1 - (1 + r) ** -count);
        const payment = received.times(factor.toPrecision(12)).toDecimalPlaces(2);
        fc.pre(payment.gt(0));
        const both = bothPaths(received, new Array<Dec>(count).fill(payment), ppy);
        runs++;
        if (both.usedFloat) float++;
        expectSameAsDecimal(both);
      }),
      { numRuns: 300 },
    );
    // The float path carries the load (the rest are issues such as rate.tooHigh, or rare fallbacks).
    expect(float / runs).toBeGreaterThan(0.8);
  });

  it('irregular payments (fees in the first instalment, balloons, gaps of zero)', () => {
    fc.assert(
      fc.property(fen(100, 1_000_000_000), fc.array(fen(0, 500_000_000), { minLength: 1, maxLength: 90 }), fc.constantFrom(12, 52), (received, payments, ppy) => {
        fc.pre(payments.some((p) => p.gt(0)));
        expectSameAsDecimal(bothPaths(received, payments, ppy));
      }),
      { numRuns: 200 },
    );
  });

  it('the legal verdict built on either answer is the same', () => {
    fc.assert(
      fc.property(fen(100_000, 10_000_000), fc.integer({ min: 1, max: 36 }), fc.integer({ min: 50, max: 600 }), fc.constantFrom('2019-05-01', '2024-03-01', '2031-01-01'), fc.constantFrom('private', 'licensed') as fc.Arbitrary<'private' | 'licensed'>, (received, count, permille, contractDate, lender) => {
        const payment = received.times(1 + permille / 1000).div(count).toDecimalPlaces(2);
        const { fast, reference } = bothPaths(received, new Array<Dec>(count).fill(payment), 12);
        fc.pre(fast.ok && reference.ok);
        if (!fast.ok || !reference.ok) return;
        const verdict = (aprPct: Dec) => {
          const v = checkLegalLines({ aprPct, contractDate, lender, typedLprPct: new Dec('3.125') });
          return v.ok ? v.value.lines.map((l) => [l.position, l.excessPct && toDisplayPct(l.excessPct).toFixed(2)]) : v.issues;
        };
        expect(verdict(fast.value.nominalAprPct)).toEqual(verdict(reference.value.nominalAprPct));
      }),
      { numRuns: 150 },
    );
  });
});

/**
 * The exact oracle for loans built on or next to a boundary, where the decimal path can land a hair on
 * the wrong side: a figure known as a rational written to 30 decimals rounded to odd (so it equals a line
 * or a boundary exactly when it is one, and is on the same side of each otherwise), or, for an irrational
 * APR next to a line, the line moved 10⁻³⁰ to the side the exact sign of the NPV AT the line proves.
 * Independent of src/lib/apr/exact-npv.ts: plain BigInt written out here.
 */
function roundedToOdd(num: bigint, den: bigint): Dec {
  const scaled = num * 10n ** 30n;
  let q = scaled / den;
  if (q * den !== scaled && q % 2n === 0n) q += num < 0n ? -1n : 1n;
  return new Dec(`${q}e-30`);
}

const fenOf = (x: Dec) => BigInt(x.times(100).toFixed());

/** The exact sign of R − Σ_t pay_t·(1 + r)^−t at r = milli / 1,200,000 a month: > 0 when the APR is below milli/1000 %. */
function npvSignAtLine(receivedFen: bigint, paymentsFen: bigint[], milli: number): number {
  const A = 1_200_000n + BigInt(milli);
  const B = 1_200_000n;
  const n = paymentsFen.length;
  let total = receivedFen * A ** BigInt(n);
  paymentsFen.forEach((p, k) => (total -= p * B ** BigInt(k + 1) * A ** BigInt(n - k - 1)));
  return total > 0n ? 1 : total < 0n ? -1 : 0;
}

function expectSeenAsExact(both: ReturnType<typeof bothPaths>, nominalAprPct: Dec, effectivePct: Dec) {
  expect(both.fast.ok).toBe(true);
  if (both.fast.ok) expect(seen(both.fast.value)).toEqual(seen({ ...both.fast.value, nominalAprPct, effectivePct }));
}

describe('built on purpose where the float bound cannot decide: decided exactly, as the exact oracle says', () => {
  // A single payment after one month: the APR is exactly (P/R − 1) × 1200 %.
  // `lineMilli` is a rounding boundary (x.xx5 %) or a legal line, in thousandths of a percent.
  const lineMilli = fc.oneof(
    fc.integer({ min: 0, max: 9999 }).map((k) => 10 * k + 5),
    fc.constantFrom(24_000, 36_000, ...history.entries.map((e) => Math.round(Number(e.ratePct) * 4000))),
  );

  it('within 10⁻¹¹ % of a boundary (received 5·10¹¹–9·10¹¹ yuan, payment to the fen): the exact figures', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 50_000_000_000_000n, max: 90_000_000_000_000n }), lineMilli, (receivedFen, milli) => {
        const exact = receivedFen * BigInt(1_200_000 + milli);
        const paymentFen = (exact + 600_000n) / 1_200_000n; // half up
        // |APR − line| = |P·1,200,000 − R·(1,200,000 + m)| / (R·1,000) %: under 1.5·10⁻¹¹ by construction
        const gap = paymentFen * 1_200_000n - exact;
        expect((gap < 0n ? -gap : gap) * 1_000_000_000_000n < receivedFen * 15_000n).toBe(true);
        const both = bothPaths(new Dec(receivedFen.toString()).div(100), [new Dec(paymentFen.toString()).div(100)], 12);
        // APR = 1200·(P − R)/R %, effective = 100·(P¹² − R¹²)/R¹² %, both rational
        expectSeenAsExact(both, roundedToOdd(1200n * (paymentFen - receivedFen), receivedFen), roundedToOdd(100n * (paymentFen ** 12n - receivedFen ** 12n), receivedFen ** 12n));
      }),
      { numRuns: 150 },
    );
  });

  it('a fen off an exact hit on a long, large loan (APR within ~10⁻¹⁴ % of the line): decided by the exact sign at the line', () => {
    let decidedExactly = 0;
    fc.assert(
      fc.property(fc.integer({ min: 120, max: 360 }), fc.integer({ min: 100_000, max: 230_000 }), lineMilli, fc.constantFrom(-1, 1), (months, j, milli, nudge) => {
        const part = new Dec(12_000 * j);
        const payments = Array.from({ length: months }, (_, k) => part.plus(part.times(months - k).times(milli).div(1_200_000)));
        payments[months - 1] = payments[months - 1]!.plus(new Dec(nudge).div(100));
        const both = bothPaths(part.times(months), payments, 12);
        const line = new Dec(milli).div(1000);
        // The certified bracket is 2^-50 either side of the float root, ≈ 10⁻¹² % here: a line closer than
        // 2·10⁻¹³ % lies inside it, so the bound cannot decide; the NPV's exact sign at the line must.
        if (both.reference.ok && both.reference.value.nominalAprPct.minus(line).abs().lt('2e-13')) {
          expect(both.usedFloat).toBe(true);
          const sign = npvSignAtLine(fenOf(part.times(months)), payments.map(fenOf), milli);
          expect(sign).not.toBe(0);
          const nextToLine = sign > 0 ? line.minus('1e-30') : line.plus('1e-30');
          // the effective rate is nowhere near a boundary here: the decimal reference is its oracle
          expectSeenAsExact(both, nextToLine, both.reference.value.effectivePct);
          decidedExactly++;
        } else expectSameAsDecimal(both);
      }),
      { numRuns: 100 },
    );
    expect(decidedExactly).toBeGreaterThan(50);
  });

  it('exactly on a line or a boundary (equal principal at an exact monthly rate): the line itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 24 }), fc.integer({ min: 1, max: 50 }), lineMilli, (months, j, milli) => {
        // balances are multiples of 12,000 yuan, so balance × milli/1,200,000 is whole fen: the NPV at the line is exactly 0
        const part = new Dec(12_000 * j);
        const payments = Array.from({ length: months }, (_, k) => part.plus(part.times(months - k).times(milli).div(1_200_000)));
        const both = bothPaths(part.times(months), payments, 12);
        expect(both.usedFloat).toBe(true);
        const A = 1_200_000n + BigInt(milli);
        const B = 1_200_000n;
        expect(both.fast.ok && both.fast.value.nominalAprPct.eq(new Dec(milli).div(1000))).toBe(true);
        expectSeenAsExact(both, new Dec(milli).div(1000), roundedToOdd(100n * (A ** 12n - B ** 12n), B ** 12n));
      }),
      { numRuns: 150 },
    );
  });

  it('a fen off a single payment after a year (effective within ~10⁻¹² % of x.xx5 %): the decimal path decides, as the exact figure says', () => {
    let fellBack = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999 }), fc.constantFrom(12, 52, 365), fc.bigInt({ min: 50_000_000_000_000n, max: 90_000_000_000_000n }), fc.constantFrom(-1n, 1n), (k, ppy, receivedFen, nudge) => {
        const milli = BigInt(10 * k + 5);
        const exact = receivedFen * (100_000n + milli);
        const repaidFen = exact / 100_000n + (exact % 100_000n === 0n ? nudge : nudge > 0n ? 1n : 0n);
        const payments = Array.from({ length: ppy }, (_, t) => (t === ppy - 1 ? new Dec(repaidFen.toString()).div(100) : ZERO));
        const both = bothPaths(new Dec(receivedFen.toString()).div(100), payments, ppy);
        if (!both.usedFloat) fellBack++;
        // effective = 100·(repaid − received)/received exactly; the nominal rate is nowhere near a boundary
        expect(both.reference.ok).toBe(true);
        if (both.reference.ok) expectSeenAsExact(both, both.reference.value.nominalAprPct, roundedToOdd(100n * (repaidFen - receivedFen), receivedFen));
      }),
      { numRuns: 100 },
    );
    expect(fellBack).toBeGreaterThan(10);
  });

  it('a single payment after whole years, effective exactly x.xx5 % or 1,000 %: the boundary itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.constantFrom(1, 2, 4, 12, 52, 365), fc.integer({ min: 1, max: 100 }), (k, ppy, scale) => {
        // effective e = 10·k + 5 thousandths of a percent (or 1,000 %): repaid = received × (1 + e/100) after ppy periods
        const milli = k === 99_999 ? 1_000_000 : 10 * k + 5;
        const receivedFen = 100_000n * BigInt(scale);
        const repaidFen = (receivedFen * (100_000n + BigInt(milli))) / 100_000n;
        const payments = Array.from({ length: ppy }, (_, t) => (t === ppy - 1 ? new Dec(repaidFen.toString()).div(100) : ZERO));
        const both = bothPaths(new Dec(receivedFen.toString()).div(100), payments, ppy);
        expect(both.usedFloat).toBe(true);
        expect(both.fast.ok && both.fast.value.effectivePct.eq(new Dec(milli).div(1000))).toBe(true);
        // once a year the nominal rate is the effective one; else irrational (a ppy-th root) and not near a
        // boundary: the decimal reference is its oracle
        expect(both.reference.ok).toBe(true);
        if (both.reference.ok) expectSeenAsExact(both, ppy === 1 ? new Dec(milli).div(1000) : both.reference.value.nominalAprPct, new Dec(milli).div(1000));
      }),
      { numRuns: 100 },
    );
  });
});
