import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aprFromDatedFlows, aprFromPeriodic, aprFromQuote, type AprResult } from '../../src/lib/apr';
import { buildCashFlowModel, npvDec, type TimedFlow } from '../../src/lib/apr/cash-flow-model';
import { Dec, ZERO } from '../../src/lib/money/decimal';

const money = (minFen: number, maxFen: number) => fc.integer({ min: minFen, max: maxFen }).map((fen) => new Dec(fen).div(100));
const ppyArb = fc.constantFrom(1, 4, 12, 24, 26, 52, 365);

const allFinite = (r: AprResult) =>
  [r.nominalAprPct, r.effectivePct, r.periodicRate, r.totalPaid, r.totalCost, r.received, ...(r.aprcPct ? [r.aprcPct] : [])].every((x) => x.isFinite()) &&
  Number.isFinite(r.periodsPerYear);

describe('APR properties', () => {
  it('APR rises when an up-front fee rises (same payments, less money received)', () => {
    fc.assert(
      fc.property(money(100_000, 100_000_000), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 2000 }), (principal, months, ratePermille, fee1Bp, extraBp) => {
        // payments of an equal-instalment-like loan: principal/months plus interest-ish
        const payment = principal.div(months).times(new Dec(1000 + ratePermille).div(1000)).toDecimalPlaces(2);
        const fee1 = principal.times(fee1Bp).div(10000).toDecimalPlaces(2);
        const fee2 = principal.times(fee1Bp + extraBp).div(10000).toDecimalPlaces(2);
        fc.pre(fee2.gt(fee1) && principal.minus(fee2).gt(0));
        const a = aprFromPeriodic({ received: principal.minus(fee1), payment, count: months, periodsPerYear: 12 });
        const b = aprFromPeriodic({ received: principal.minus(fee2), payment, count: months, periodsPerYear: 12 });
        if (a.ok && b.ok) expect(b.value.nominalAprPct.gt(a.value.nominalAprPct)).toBe(true);
        else expect(b.ok || !b.issues.some((i) => i.code !== 'apr.rate.tooHigh')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('quote path: a larger up-front fee on the same quote gives a higher APR', () => {
    const methods = ['equal-installment', 'equal-principal', 'interest-only', 'bullet'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...methods), money(100_000, 10_000_000), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 3600 }), fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 1, max: 1500 }), (method, principal, months, annualBp, feeBp, extraBp) => {
        const quote = { method, principal, months, rate: { annualPct: new Dec(annualBp).div(100) } };
        const fee = (bp: number) => [{ kind: 'service' as const, amount: principal.times(bp).div(10000).toDecimalPlaces(2) }];
        const a = aprFromQuote({ ...quote, upfrontFees: fee(feeBp) });
        const b = aprFromQuote({ ...quote, upfrontFees: fee(feeBp + extraBp) });
        fc.pre(a.ok && b.ok && fee(feeBp + extraBp)[0]!.amount.gt(fee(feeBp)[0]!.amount));
        if (a.ok && b.ok) expect(b.value.nominalAprPct.gt(a.value.nominalAprPct)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('a 0 % loan (payments sum to what was received) has exactly 0 % APR', () => {
    fc.assert(
      fc.property(money(1, 10_000_000), fc.integer({ min: 1, max: 360 }), ppyArb, (payment, count, ppy) => {
        const out = aprFromPeriodic({ received: payment.times(count), payment, count, periodsPerYear: ppy });
        expect(out.ok).toBe(true);
        if (out.ok) {
          expect(out.value.nominalAprPct.isZero()).toBe(true);
          expect(out.value.effectivePct.isZero()).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("the solver's rate zeroes the NPV at full precision", () => {
    fc.assert(
      fc.property(money(100, 100_000_000), fc.array(money(0, 50_000_000), { minLength: 1, maxLength: 120 }), (received, payments) => {
        const out = aprFromPeriodic({ received, payments, periodsPerYear: 12 });
        if (!out.ok) return;
        const flows: TimedFlow[] = [{ amount: received, t: 0, fraction: ZERO }, ...payments.map((p, k) => ({ amount: p.neg(), t: k + 1, fraction: ZERO }))];
        const scale = payments.reduce((s, p) => s.plus(p), received);
        const residual = npvDec(buildCashFlowModel(flows), out.value.periodicRate).abs();
        expect(residual.lte(scale.times('1e-28'))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  const fuzzDec = fc.oneof(
    fc.constantFrom('NaN', 'Infinity', '-Infinity', '0', '-0', '1e30', '-1e-30', '0.000001', '123456789.123456789'),
    fc.double({ noNaN: false }).map(String),
    fc.integer({ min: -1_000_000_00, max: 1_000_000_00 }).map((n) => String(n / 100)),
  ).map((s) => new Dec(s));

  it('regression: 1e-271 periods a year is refused, not answered with an infinite rate (fast-check seed -730679731)', () => {
    const out = aprFromPeriodic({ received: new Dec('5e-324'), payment: new Dec('0.01'), count: 1, periodsPerYear: 1.1489575488174628e-271 });
    expect(out.ok ? 'ok' : out.issues.map((i) => i.code)).toContain('apr.periodsPerYear.invalid');
  });

  it('no fuzzed periodic input gives NaN, Infinity or an exception', () => {
    fc.assert(
      fc.property(fuzzDec, fuzzDec, fc.oneof(fc.integer({ min: -5, max: 400 }), fc.double()), fc.oneof(fc.double(), fc.constantFrom(12, 52, 365, 0)), (received, payment, count, ppy) => {
        const out = aprFromPeriodic({ received, payment, count, periodsPerYear: ppy });
        if (out.ok) expect(allFinite(out.value)).toBe(true);
        else expect(out.issues.every((i) => /^[a-z]+(\.[a-zA-Z]+)+$/.test(i.code))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('no fuzzed dated flows give NaN, Infinity or an exception', () => {
    const dateArb = fc.oneof(
      fc.integer({ min: 0, max: 3000 }).map((k) => new Date(Date.UTC(2020, 0, 1 + k)).toISOString().slice(0, 10)),
      fc.constantFrom('2025-02-29', 'yesterday', '', '2025-1-1'),
    );
    fc.assert(
      fc.property(fc.array(fc.record({ date: dateArb, amount: fuzzDec }), { minLength: 0, maxLength: 12 }), fc.boolean(), (raw, sort) => {
        const flows = sort ? [...raw].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) : raw;
        const out = aprFromDatedFlows({ flows });
        if (out.ok) expect(allFinite(out.value) && out.value.regzAprPct.isFinite()).toBe(true);
        else expect(out.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
