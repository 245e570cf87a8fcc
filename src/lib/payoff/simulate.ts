import { EngineError } from '../errors';
import { Dec, ZERO } from '../money/decimal';
import { fenRateOf, periodInterest, periodInterestFen, periodRate, type FenRate, type PeriodRate } from '../money/interest';
import { decFromFen, fenOf, MAX_EXACT_FEN } from '../money/fen';
import { addMonths } from '../schedule/calendar-month';
import { targetOrder } from './strategies';
import type { DebtInput, PayoffDebtMonth, PayoffMonthRow, PayoffPlan, PayoffStrategy } from './types';

/** Second guard after the termination checks: 100 years. */
export const MAX_PAYOFF_MONTHS = 1200;

export interface SimulateOptions {
  strategy: PayoffStrategy;
  /** Ignored for `minimums`. */
  monthlyBudget: Dec;
  customOrder?: readonly number[];
  startMonth?: string;
}

/**
 * THE monthly payoff loop (validated input only; `planPayoff` checks first). Each month, per the vectors:
 * 1. every open debt accrues interest = periodInterest(balance, aprPct ÷ 1200), added to its balance;
 * 2. every open debt is paid min(minPayment, balance);
 * 3. (not `minimums`) the rest of monthlyBudget, freed minimums included, goes to the first target,
 *    then cascades to the next target within the same month.
 * Returns undefined when the cap is reached (the caller reports `payoff.tooLong`).
 *
 * The rules are written once, in decimal, in {@link simulatePayoffDecimal}. This entry point runs the
 * same rules in whole fen whenever that gives the very same figures: in plain numbers
 * ({@link simulatePayoffInFen}, ~15× faster than decimal on a 20-debt, 30-year plan of ~7,000
 * debt-months), else in decimal (a balance past 2^52 fen, 4.5·10^13 yuan: a debt left to grow for years).
 * tests/property/payoff-fen.prop.test.ts checks it against the decimal loop figure for figure.
 * @example simulatePayoff([{ name: 'card', balance: new Dec('100'), aprPct: new Dec('12'), minPayment: new Dec('60') }],
 *   { strategy: 'minimums', monthlyBudget: new Dec(0) })?.totalInterest.toFixed(2) // => '1.41'
 */
export function simulatePayoff(debts: DebtInput[], opts: SimulateOptions): PayoffPlan | undefined {
  const inFen = simulatePayoffInFen(debts, opts);
  return inFen === OUT_OF_FEN_RANGE ? simulatePayoffDecimal(debts, opts) : inFen;
}

/** The reference loop: the rules of {@link simulatePayoff} in 40-digit decimal, exactly as the vectors state them. */
export function simulatePayoffDecimal(debts: DebtInput[], opts: SimulateOptions): PayoffPlan | undefined {
  const balance = debts.map((d) => d.balance);
  const interestSum = debts.map(() => ZERO);
  const paidSum = debts.map(() => ZERO);
  const payoffMonth: number[] = debts.map((d) => (d.balance.isZero() ? 0 : -1));
  const monthlyRate = debts.map((d) => periodRate(d.aprPct, 1200));
  const rows: PayoffMonthRow[] = [];
  let month = 0;

  while (balance.some((b) => b.gt(0))) {
    month++;
    if (month > MAX_PAYOFF_MONTHS) return undefined;
    const cells: PayoffDebtMonth[] = debts.map(() => ({ balance: ZERO, payment: ZERO, interest: ZERO }));
    const open: number[] = [];
    for (const [i, b] of balance.entries()) if (b.gt(0)) open.push(i);

    for (const i of open) {
      const interest = periodInterest(balance[i] as Dec, monthlyRate[i] as PeriodRate);
      balance[i] = (balance[i] as Dec).plus(interest);
      (cells[i] as PayoffDebtMonth).interest = interest;
    }
    let rest = opts.monthlyBudget;
    const pay = (i: number, amount: Dec): void => {
      balance[i] = (balance[i] as Dec).minus(amount);
      const cell = cells[i] as PayoffDebtMonth;
      cell.payment = cell.payment.plus(amount);
      rest = rest.minus(amount);
    };
    for (const i of open) pay(i, Dec.min((debts[i] as DebtInput).minPayment, balance[i] as Dec));

    if (opts.strategy !== 'minimums') {
      if (rest.isNegative()) throw new EngineError(`budget below minimums reached the loop (rest ${rest.toFixed()})`);
      const stillOpen = open
        .filter((i) => (balance[i] as Dec).gt(0))
        .map((i) => ({ index: i, balance: balance[i] as Dec, aprPct: (debts[i] as DebtInput).aprPct }));
      for (const i of targetOrder(opts.strategy, stillOpen, opts.customOrder)) {
        if (!rest.gt(0)) break;
        pay(i, Dec.min(rest, balance[i] as Dec));
      }
    }

    let monthPayment = ZERO;
    let monthInterest = ZERO;
    for (const i of open) {
      const cell = cells[i] as PayoffDebtMonth;
      cell.balance = balance[i] as Dec;
      interestSum[i] = (interestSum[i] as Dec).plus(cell.interest);
      paidSum[i] = (paidSum[i] as Dec).plus(cell.payment);
      monthPayment = monthPayment.plus(cell.payment);
      monthInterest = monthInterest.plus(cell.interest);
      if (cell.balance.isZero()) payoffMonth[i] = month;
    }
    const row: PayoffMonthRow = { month, debts: cells, payment: monthPayment, interest: monthInterest };
    if (opts.startMonth !== undefined) row.dueMonth = addMonths(opts.startMonth, month - 1);
    rows.push(row);
  }

  return {
    strategy: opts.strategy,
    months: month,
    totalInterest: interestSum.reduce((a, b) => a.plus(b), ZERO),
    totalPaid: paidSum.reduce((a, b) => a.plus(b), ZERO),
    debts: debts.map((d, i) => ({
      name: d.name,
      payoffMonth: payoffMonth[i] ?? 0,
      interest: interestSum[i] ?? ZERO,
      paid: paidSum[i] ?? ZERO,
    })),
    rows,
  };
}

/** Returned by {@link simulatePayoffInFen} when it cannot promise the decimal loop's figures. */
export const OUT_OF_FEN_RANGE = Symbol('out of fen range');

/** Most decimals of aprPct the fen loop takes. */
const MAX_RATE_DECIMALS = 10;

/**
 * The rules of {@link simulatePayoffDecimal} in exact integer arithmetic on fen (plain numbers holding
 * whole fen below 2^52, money/fen.ts: no rounding anywhere), turned back into Dec for the plan. Same
 * figures, because:
 * - Amounts: validated amounts have ≤ 2 decimals, so every balance, payment and sum is a whole number
 *   of fen; while every balance and every total stays below 2^52 fen (checked), the additions are exact.
 * - Interest: `periodInterestFen` (money/interest.ts), the decimal loop's `periodInterest` on whole fen.
 * - Targets are ranked as in `strategies.ts`, but picked one at a time (the best remaining debt)
 *   instead of sorting all debts every month: only a picked debt's balance changes, so the sequence is
 *   the same.
 * Returns OUT_OF_FEN_RANGE (before or during the loop) when a condition above fails: an amount that is
 * negative (−0 included) or has more than 2 decimals, an aprPct with more than 10 decimals or equal to −0 (the decimal loop's interest
 * cells are then −0), or a balance or a total reaching 2^52 fen.
 */
export function simulatePayoffInFen(debts: DebtInput[], opts: SimulateOptions): PayoffPlan | undefined | typeof OUT_OF_FEN_RANGE {
  const n = debts.length;
  const rates: FenRate[] = [];
  const balance: number[] = [];
  const minPayment: number[] = [];
  for (const d of debts) {
    const s = d.aprPct.decimalPlaces();
    if (!d.aprPct.isFinite() || d.aprPct.isNegative() || s > MAX_RATE_DECIMALS) return OUT_OF_FEN_RANGE;
    const b = d.balance.isNegative() ? undefined : fenOf(d.balance);
    const m = d.minPayment.isNegative() ? undefined : fenOf(d.minPayment);
    if (b === undefined || m === undefined) return OUT_OF_FEN_RANGE;
    rates.push(fenRateOf(periodRate(d.aprPct, 1200)));
    balance.push(b);
    minPayment.push(m);
  }
  const budgetFen = opts.strategy === 'minimums' ? 0 : opts.monthlyBudget.isNegative() ? undefined : fenOf(opts.monthlyBudget);
  if (budgetFen === undefined) return OUT_OF_FEN_RANGE;
  // The decimal loop's cell holds 0 + min(minPayment, balance): the same value, and +0 for a −0 minimum.
  const minPaymentDec = debts.map((d) => ZERO.plus(d.minPayment));
  const interestSum = debts.map(() => 0);
  const paidSum = debts.map(() => 0);
  const payoffMonth: number[] = debts.map((d) => (d.balance.isZero() ? 0 : -1));
  const rows: PayoffMonthRow[] = [];
  const pick = opts.strategy === 'minimums' ? undefined : targetPicker(debts, opts.strategy, opts.customOrder, (i) => balance[i]!);
  const payment = new Array<number>(n).fill(0);
  const interest = new Array<number>(n).fill(0);
  // Debts with a balance, in input order; a debt leaves in the month it reaches 0 and costs nothing after.
  let open: number[] = [];
  for (let i = 0; i < n; i++) if (balance[i]! > 0) open.push(i);
  let month = 0;

  while (open.length > 0) {
    month++;
    if (month > MAX_PAYOFF_MONTHS) return undefined;
    let monthPayment = 0;
    let monthInterest = 0;
    for (const i of open) {
      let b = balance[i]!;
      const fen = periodInterestFen(b, rates[i]!);
      b += fen;
      if (!(b < MAX_EXACT_FEN)) return OUT_OF_FEN_RANGE;
      const min = minPayment[i]!;
      const paid = min < b ? min : b;
      balance[i] = b - paid;
      interest[i] = fen;
      payment[i] = paid;
      monthInterest += fen;
      monthPayment += paid;
    }

    if (pick) {
      let rest = budgetFen - monthPayment;
      if (rest < 0) throw new EngineError(`budget below minimums reached the loop (rest ${decFromFen(rest).toFixed()})`);
      if (rest > 0) {
        const candidates = open.filter((i) => balance[i]! > 0 && pick.isTarget(i));
        while (candidates.length > 0 && rest > 0) {
          const i = pick.next(candidates);
          const b = balance[i]!;
          const extra = rest < b ? rest : b;
          balance[i] = b - extra;
          payment[i] = payment[i]! + extra;
          rest -= extra;
          monthPayment += extra;
        }
      }
    }

    const cells = new Array<PayoffDebtMonth>(n);
    let closed = false;
    for (const i of open) {
      const b = balance[i]!;
      const paid = payment[i]!;
      const fen = interest[i]!;
      interestSum[i] = interestSum[i]! + fen;
      paidSum[i] = paidSum[i]! + paid;
      // The usual payment is the minimum: share one (immutable) Dec instead of building one a month.
      cells[i] = {
        balance: b === 0 ? ZERO : decFromFen(b),
        payment: paid === minPayment[i] ? minPaymentDec[i]! : decFromFen(paid),
        interest: fen === 0 ? ZERO : decFromFen(fen),
      };
      if (b === 0) {
        payoffMonth[i] = month;
        closed = true;
      }
    }
    if (closed) open = open.filter((i) => balance[i]! > 0);
    for (let i = 0; i < n; i++) if (cells[i] === undefined) cells[i] = { balance: ZERO, payment: ZERO, interest: ZERO };
    const row: PayoffMonthRow = { month, debts: cells, payment: decFromFen(monthPayment), interest: decFromFen(monthInterest) };
    if (opts.startMonth !== undefined) row.dueMonth = addMonths(opts.startMonth, month - 1);
    rows.push(row);
  }

  const totalInterest = interestSum.reduce((a, b) => a + b, 0);
  const totalPaid = paidSum.reduce((a, b) => a + b, 0);
  // Sums of non-negative whole numbers: exact unless a partial sum passed 2^52, and then so did the total.
  if (!(totalInterest < MAX_EXACT_FEN && totalPaid < MAX_EXACT_FEN)) return OUT_OF_FEN_RANGE;
  return {
    strategy: opts.strategy,
    months: month,
    totalInterest: decFromFen(totalInterest),
    totalPaid: decFromFen(totalPaid),
    debts: debts.map((d, i) => ({
      name: d.name,
      payoffMonth: payoffMonth[i] ?? 0,
      interest: decFromFen(interestSum[i] ?? 0),
      paid: decFromFen(paidSum[i] ?? 0),
    })),
    rows,
  };
}


/**
 * `next` removes and returns the next target from `candidates` (open debt indices with a balance
 * left, in input order, passing `isTarget`), by the order of `strategies.ts` on the current balances:
 * avalanche rate desc, balance asc, input order; snowball balance asc, rate desc, input order;
 * custom `customOrder` (a permutation, checked by planPayoff). Rates are ranked once, up front.
 */
function targetPicker(
  debts: DebtInput[],
  strategy: Exclude<PayoffStrategy, 'minimums'>,
  customOrder: readonly number[] = [],
  balanceOf: (i: number) => number,
): { isTarget: (i: number) => boolean; next: (candidates: number[]) => number } {
  // rateRank[i]: place of debt i by rate, highest first; equal rates share a rank.
  const byRate = debts.map((_, i) => i).sort((a, b) => (debts[b] as DebtInput).aprPct.comparedTo((debts[a] as DebtInput).aprPct));
  const rateRank = new Array<number>(debts.length);
  byRate.forEach((i, k) => {
    const prev = byRate[k - 1];
    const tied = prev !== undefined && (debts[prev] as DebtInput).aprPct.eq((debts[i] as DebtInput).aprPct);
    rateRank[i] = tied ? (rateRank[prev] as number) : k;
  });
  const customRank = new Array<number>(debts.length).fill(Infinity);
  customOrder.forEach((i, k) => (customRank[i] = k));
  const bal = balanceOf;
  // Candidates are in input order, so a strict "before" keeps the lower index on a full tie.
  const before: (a: number, b: number) => boolean =
    strategy === 'avalanche'
      ? (a, b) => (rateRank[a] !== rateRank[b] ? (rateRank[a] as number) < (rateRank[b] as number) : bal(a) < bal(b))
      : strategy === 'snowball'
        ? (a, b) => (bal(a) !== bal(b) ? bal(a) < bal(b) : (rateRank[a] as number) < (rateRank[b] as number))
        : (a, b) => (customRank[a] as number) < (customRank[b] as number);
  return {
    // `custom` spends extra money only on the debts customOrder lists.
    isTarget: strategy === 'custom' ? (i) => customRank[i] !== Infinity : () => true,
    next: (candidates) => {
      let best = 0;
      for (let k = 1; k < candidates.length; k++) if (before(candidates[k] as number, candidates[best] as number)) best = k;
      return candidates.splice(best, 1)[0] as number;
    },
  };
}
