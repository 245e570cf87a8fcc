import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/lib/money/decimal';
import { parseAmount, parseDate, parseRate, parseTermMonths } from '../../src/lib/parse';
import { applyPrepayment, buildSchedule, type RateQuote, type RepaymentMethod, type Schedule, type ScheduleInput } from '../../src/lib/schedule';

const METHODS: RepaymentMethod[] = ['equal-installment', 'equal-principal', 'interest-only', 'flat-fee', 'bullet'];
const fen = (n: number | bigint): Dec => new Dec(n.toString()).div(100);

/** A valid input: principal 0.01 … 10^10 yuan, 1–600 months, 0–100 % a year (or the equivalent). */
const validInput = fc
  .record({
    method: fc.constantFrom(...METHODS),
    principalFen: fc.oneof(fc.integer({ min: 1, max: 10_000 }), fc.bigInt({ min: 1n, max: 1_000_000_000_000n })),
    months: fc.oneof(fc.integer({ min: 1, max: 36 }), fc.integer({ min: 1, max: 600 })),
    basisPoints: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10_000 })), // 0.00–100.00
    quoteKind: fc.constantFrom('annual', 'monthly', 'daily360', 'daily365'),
    feeFen: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
  })
  .map(({ method, principalFen, months, basisPoints, quoteKind, feeFen }): ScheduleInput => {
    const annualPct = fen(basisPoints);
    const rate: RateQuote =
      method === 'flat-fee' ? { monthlyFeePct: annualPct.div(12).toDecimalPlaces(4) }
      : quoteKind === 'annual' ? { annualPct }
      : quoteKind === 'monthly' ? { monthlyPct: annualPct.div(12).toDecimalPlaces(4) }
      : { dailyPct: annualPct.div(365).toDecimalPlaces(4), dayBasis: quoteKind === 'daily360' ? 360 : 365 };
    const input: ScheduleInput = { method, principal: fen(principalFen), months, rate };
    if (feeFen !== undefined) input.periodicFee = fen(feeFen);
    return input;
  });

const built = (input: ScheduleInput): Schedule => {
  const s = buildSchedule(input);
  if (!s.ok) throw new Error(`valid input rejected: ${JSON.stringify(s.issues)}`);
  return s.value;
};

const allFinite = (s: Schedule): boolean =>
  s.rows.every((r) => [r.payment, r.principal, r.interest, r.fee, r.balance].every((x) => x.isFinite())) &&
  [s.totals.payment, s.totals.interest, s.monthlyRate, s.nominalAnnualPct, s.effectiveAnnualPct].every((x) => x.isFinite());

describe('schedule invariants', () => {
  it('rows repay the principal exactly, to the fen, for every method', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const s = built(input);
        const sum = s.rows.reduce((acc, r) => acc.plus(r.principal), new Dec(0));
        expect(sum.toFixed(2)).toBe(input.principal.toFixed(2));
        expect(s.totals.principal.toFixed(2)).toBe(input.principal.toFixed(2));
        expect(s.rows).toHaveLength(input.months);
      }),
      { numRuns: 200 },
    );
  });

  it('balances never go below 0, end at 0, and every row is payment = principal + interest + fee in fen', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const s = built(input);
        expect(allFinite(s)).toBe(true);
        for (const r of s.rows) {
          expect(r.balance.isNegative() && !r.balance.isZero()).toBe(false);
          expect(r.principal.isNegative() && !r.principal.isZero()).toBe(false);
          expect(r.payment.eq(r.principal.plus(r.interest).plus(r.fee))).toBe(true);
          expect(r.payment.decimalPlaces()).toBeLessThanOrEqual(2);
        }
        expect(s.rows.at(-1)?.balance.isZero()).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a 0 % rate costs no interest', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const rate: RateQuote = input.method === 'flat-fee' ? { monthlyFeePct: new Dec(0) } : { annualPct: new Dec(0) };
        expect(built({ ...input, rate }).totals.interest.toFixed(2)).toBe('0.00');
      }),
      { numRuns: 200 },
    );
  });

  it('a prepayment never changes the principal repaid and never costs interest', () => {
    const arb = validInput
      .filter((i) => i.months >= 2 && i.months <= 120)
      .chain((input) => fc.tuple(fc.constant(input), fc.integer({ min: 1, max: input.months - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('shorter-term' as const, 'lower-payment' as const)));
    fc.assert(
      fc.property(arb, ([input, month, share, mode]) => {
        const original = built(input);
        const balance = original.rows[month - 1]?.balance ?? new Dec(0);
        const amount = share > 0.9 ? ('full' as const) : balance.times(share.toFixed(6)).toDecimalPlaces(2, Dec.ROUND_DOWN);
        const r = applyPrepayment(input, { month, amount, mode });
        if (!r.ok) return; // e.g. a mode that does not apply, an amount of 0: issues, not crashes
        expect(r.value.schedule.totals.principal.toFixed(2)).toBe(input.principal.toFixed(2));
        expect(r.value.interestSaved.isNegative() && !r.value.interestSaved.isZero()).toBe(false);
        expect(r.value.schedule.rows.every((row) => !row.balance.isNegative() || row.balance.isZero())).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('no input produces NaN, Infinity or an exception', () => {
  const anyDec = fc.oneof(
    fc.constantFrom('0', '-1', '1e13', '0.001', 'NaN', 'Infinity', '-Infinity', '1e-30', '99999999999999999999999'),
    fc.double().map(String),
    fc.integer().map(String),
  ).map((t) => new Dec(t));

  it('buildSchedule returns a finite schedule or issues', () => {
    const arb = fc.record({
      method: fc.constantFrom(...METHODS),
      principal: anyDec,
      months: fc.oneof(fc.integer({ min: -5, max: 700 }), fc.double()),
      rate: fc.oneof(
        anyDec.map((annualPct): RateQuote => ({ annualPct })),
        anyDec.map((monthlyPct): RateQuote => ({ monthlyPct })),
        anyDec.map((monthlyFeePct): RateQuote => ({ monthlyFeePct })),
        anyDec.map((dailyPct): RateQuote => ({ dailyPct, dayBasis: 365 })),
      ),
    });
    fc.assert(
      fc.property(arb, (input) => {
        const s = buildSchedule(input);
        if (s.ok) expect(allFinite(s.value)).toBe(true);
        else expect(s.issues.every((i) => typeof i.code === 'string' && i.code.includes('.'))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  const typed = fc.string({ unit: fc.constantFrom(...'0123456789０１２.,，．%‰-+ ¥￥元万千百亿wkKm年月日期息费率化分之五APR个/'.split('')), maxLength: 14 });
  const parsers: [string, (t: string) => unknown][] = [
    ['parseAmount', (t) => parseAmount(t)],
    ['parseRate', (t) => parseRate(t)],
    ['parseRate daily', (t) => parseRate(t, { kind: 'daily' })],
    ['parseTermMonths', (t) => parseTermMonths(t)],
    ['parseDate', (t) => parseDate(t)],
  ];
  it.each(parsers)('%s: ok with a finite value, or issues with codes', (_name, parse) => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), typed), (text) => {
        const r = parse(text) as { ok: boolean; value?: unknown; issues?: { code: string }[] };
        if (r.ok) {
          const v = r.value;
          const figures = v instanceof Dec ? [v] : typeof v === 'number' ? [new Dec(v)] : typeof v === 'string' ? [] : [(v as { percent: Dec }).percent];
          expect(figures.every((x) => x.isFinite() && !x.isNegative())).toBe(true);
        } else {
          expect(r.issues?.length).toBeGreaterThan(0);
          expect(r.issues?.every((i) => /^[a-z]+\.[a-zA-Z]+$/.test(i.code))).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
