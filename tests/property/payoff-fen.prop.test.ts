/**
 * The fast payoff loops (whole fen in numbers, then in BigInt) must give the decimal reference loop's plan figure for figure:
 * every row, every cell, every total, as strings, and the same Dec values (sign of zero included).
 * Inputs lean on the cases where the two could part: equal rates and balances (tie-breaks), interest
 * landing exactly on half a fen, 0 % and many-decimal rates, zero minimums, debts that start at 0.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/lib/money/decimal';
import { OUT_OF_FEN_RANGE, simulatePayoff, simulatePayoffDecimal, simulatePayoffInFen, type SimulateOptions } from '../../src/lib/payoff/simulate';
import type { DebtInput, PayoffPlan, PayoffStrategy } from '../../src/lib/payoff';
import { payoffInputIssues, terminationIssues } from '../../src/lib/payoff/validate';

const fen = (n: number): Dec => new Dec(n).div(100);
/** Every figure as text; a −0 shows as '-0' so a sign difference fails too. */
const figures = (p: PayoffPlan | undefined): string => {
  if (p === undefined) return 'too long';
  const t = (x: Dec) => (x.isZero() && x.isNegative() ? '-0' : x.toString());
  const rows = p.rows.map((r) => `${r.month} ${r.dueMonth ?? ''} ${t(r.payment)} ${t(r.interest)} | ${r.debts.map((c) => `${t(c.balance)} ${t(c.payment)} ${t(c.interest)}`).join(' | ')}`);
  const debts = p.debts.map((d) => `${d.name} ${d.payoffMonth} ${t(d.interest)} ${t(d.paid)}`);
  return [`${p.strategy} ${p.months} ${t(p.totalInterest)} ${t(p.totalPaid)}`, ...debts, ...rows].join('\n');
};

// Rates from a small set make ties likely; 1200 × k / balance style rates make exact half-fen interest likely.
const rateArb = fc.oneof(
  fc.constantFrom('0', '6', '12', '18', '24', '36', '0.5', '7.5', '13.3333333333', '19.99', '1e-10'),
  fc.integer({ min: 0, max: 3600 }).map((n) => fen(n).toString()),
  fc.integer({ min: 0, max: 3_600_000 }).map((n) => new Dec(n).div(100_000).toString()),
);
const debtArb = fc.record({
  balance: fc.oneof(fc.constantFrom(0, 50, 100_000, 250_000, 1_000_000), fc.integer({ min: 0, max: 2_000_000 })),
  apr: rateArb,
  min: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 60_000 })),
});
const inputArb = fc
  .record({
    debts: fc.array(debtArb, { minLength: 1, maxLength: 6 }),
    extra: fc.integer({ min: 0, max: 200_000 }),
    strategy: fc.constantFrom<PayoffStrategy>('avalanche', 'snowball', 'custom', 'minimums'),
    seed: fc.integer(),
    startMonth: fc.option(fc.constant('2025-11'), { nil: undefined }),
  })
  .map(({ debts, extra, strategy, seed, startMonth }) => {
    const ds: DebtInput[] = debts.map((d, i) => ({ name: `d${i}`, balance: fen(d.balance), aprPct: new Dec(d.apr), minPayment: fen(d.min) }));
    const budget = ds.reduce((s, d) => s.plus(d.minPayment), new Dec(0)).plus(fen(extra));
    const customOrder = ds.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13));
    const opts: SimulateOptions = { strategy, monthlyBudget: budget, customOrder };
    if (startMonth !== undefined) opts.startMonth = startMonth;
    return { debts: ds, opts };
  });

describe('payoff: the fen loop equals the decimal loop', () => {
  it('gives the same figures on random valid plans', () => {
    fc.assert(
      fc.property(inputArb, ({ debts, opts }) => {
        const input = { debts, strategy: opts.strategy, monthlyBudget: opts.monthlyBudget, customOrder: [...(opts.customOrder ?? [])] };
        // Only inputs planPayoff would simulate.
        if (payoffInputIssues(input).length > 0 || terminationIssues(input).length > 0) return;
        const decimal = simulatePayoffDecimal(debts, opts);
        const reference = figures(decimal);
        const fast = simulatePayoffInFen(debts, opts);
        // The number loop hands over only when a balance passes 2^52 fen (a debt left to grow).
        if (fast === OUT_OF_FEN_RANGE) expect(decimal?.rows.some((r) => r.debts.some((c) => c.balance.times(100).gte(2 ** 52))) ?? true).toBe(true);
        else expect(figures(fast)).toBe(reference);
        expect(figures(simulatePayoff(debts, opts))).toBe(reference);
      }),
      { numRuns: 300 },
    );
  });

  it('rounds interest that lands exactly on half a fen up, in both loops', () => {
    // Exact interest x.xx5 yuan: 162 × 7 % / 12 = 0.945 → 0.95; 1542 × 7 % / 12 = 8.995 → 9.00. Before
    // the one interest rule, both loops multiplied by a 40-digit 7/1200 (rounded down) and showed 0.94 and 8.99.
    const cases: [string, string, string][] = [['1000.50', '12', '10.01'], ['1234.5', '12', '12.35'], ['0.6', '10', '0.01'], ['162', '7', '0.95'], ['1542', '7', '9'], ['6006', '13', '65.07']];
    for (const [balance, apr, firstInterest] of cases) {
      const debts: DebtInput[] = [{ name: 'x', balance: new Dec(balance), aprPct: new Dec(apr), minPayment: new Dec('2000') }];
      const opts: SimulateOptions = { strategy: 'minimums', monthlyBudget: new Dec(0) };
      const fast = simulatePayoffInFen(debts, opts) as PayoffPlan;
      expect(fast.rows[0]?.interest.toString()).toBe(firstInterest);
      expect(figures(fast)).toBe(figures(simulatePayoffDecimal(debts, opts)));
    }
  });

  it('hands over to the decimal loop where it cannot promise the same figures', () => {
    const debt = (aprPct: string): DebtInput[] => [{ name: 'x', balance: new Dec('100'), aprPct: new Dec(aprPct), minPayment: new Dec('10') }];
    const opts: SimulateOptions = { strategy: 'minimums', monthlyBudget: new Dec(0) };
    expect(simulatePayoffInFen(debt('12.12345678901'), opts)).toBe(OUT_OF_FEN_RANGE);
    expect(simulatePayoffInFen(debt('-0'), opts)).toBe(OUT_OF_FEN_RANGE);
    expect(simulatePayoffInFen(debt('12.1234567890'), opts)).not.toBe(OUT_OF_FEN_RANGE);
    expect(figures(simulatePayoff(debt('12.12345678901'), opts))).toBe(figures(simulatePayoffDecimal(debt('12.12345678901'), opts)));
    // A debt left to grow at 10,000 % while the budget goes elsewhere passes 10^22 yuan in about two
    // years; the fen loop stops there and the decimal loop plans it (as it always did).
    const growing: DebtInput[] = [
      { name: 'grows', balance: new Dec('1'), aprPct: new Dec('10000'), minPayment: new Dec('0') },
      { name: 'big', balance: new Dec('1000000'), aprPct: new Dec('0'), minPayment: new Dec('0') },
    ];
    const custom: SimulateOptions = { strategy: 'custom', customOrder: [1, 0], monthlyBudget: new Dec('0.09') };
    expect(simulatePayoffInFen(growing, custom)).toBe(OUT_OF_FEN_RANGE);
    expect(figures(simulatePayoff(growing, custom))).toBe(figures(simulatePayoffDecimal(growing, custom)));
  });
});
