import { EngineError } from '../errors';
import { Dec, ZERO } from '../money/decimal';
import { toFen } from '../money/rounding';
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
 * 1. every open debt accrues interest = toFen(balance × aprPct / 1200), added to its balance;
 * 2. every open debt is paid min(minPayment, balance);
 * 3. (not `minimums`) the rest of monthlyBudget, freed minimums included, goes to the first target,
 *    then cascades to the next target within the same month.
 * Returns undefined when the cap is reached (the caller reports `payoff.tooLong`).
 * @example simulatePayoff([{ name: 'card', balance: new Dec('100'), aprPct: new Dec('12'), minPayment: new Dec('60') }],
 *   { strategy: 'minimums', monthlyBudget: new Dec(0) })?.totalInterest.toFixed(2) // => '1.41'
 */
export function simulatePayoff(debts: DebtInput[], opts: SimulateOptions): PayoffPlan | undefined {
  const balance = debts.map((d) => d.balance);
  const interestSum = debts.map(() => ZERO);
  const paidSum = debts.map(() => ZERO);
  const payoffMonth: number[] = debts.map((d) => (d.balance.isZero() ? 0 : -1));
  const monthlyRate = debts.map((d) => d.aprPct.div(1200));
  const rows: PayoffMonthRow[] = [];
  let month = 0;

  while (balance.some((b) => b.gt(0))) {
    month++;
    if (month > MAX_PAYOFF_MONTHS) return undefined;
    const cells: PayoffDebtMonth[] = debts.map(() => ({ balance: ZERO, payment: ZERO, interest: ZERO }));
    const open: number[] = [];
    for (const [i, b] of balance.entries()) if (b.gt(0)) open.push(i);

    for (const i of open) {
      const interest = toFen((balance[i] as Dec).times(monthlyRate[i] as Dec));
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
