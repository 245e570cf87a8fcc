import { success, type Outcome } from '../../../src/lib/errors';
import { planPayoff, type DebtInput, type PayoffStrategy } from '../../../src/lib/payoff';
import { decField, guarded, isRecord, onlyKeys, ShapeError } from './shape';

const STRATEGIES: PayoffStrategy[] = ['avalanche', 'snowball', 'minimums', 'custom'];

function debt(raw: unknown): DebtInput {
  if (!isRecord(raw)) throw new ShapeError('debt is not an object');
  onlyKeys(raw, ['name', 'balance', 'aprPct', 'minPayment']);
  const name = raw['name'];
  if (typeof name !== 'string') throw new ShapeError('debt name is not a string');
  return { name, balance: decField(raw, 'balance'), aprPct: decField(raw, 'aprPct'), minPayment: decField(raw, 'minPayment') };
}

/**
 * Vector kind `payoff` → planPayoff. Figures: months, totalInterest, totalPaid (full-precision strings)
 * and `debts` as an array in input order of {name, payoffMonth, interest, paid}.
 */
export function run(input: unknown): Outcome<Record<string, unknown>> {
  return guarded(() => {
    if (!isRecord(input)) throw new ShapeError('input is not an object');
    onlyKeys(input, ['debts', 'monthlyBudget', 'strategy', 'customOrder', 'startMonth']);
    const strategy = input['strategy'];
    if (typeof strategy !== 'string' || !(STRATEGIES as string[]).includes(strategy)) throw new ShapeError('unknown strategy');
    const debts = input['debts'];
    if (!Array.isArray(debts)) throw new ShapeError('debts is not an array');
    const customOrder = input['customOrder'];
    if (customOrder !== undefined && (!Array.isArray(customOrder) || !customOrder.every((i) => Number.isInteger(i)))) {
      throw new ShapeError('customOrder is not an array of integers');
    }
    const startMonth = input['startMonth'];
    if (startMonth !== undefined && typeof startMonth !== 'string') throw new ShapeError('startMonth is not a string');
    const plan = planPayoff({
      debts: debts.map(debt),
      strategy: strategy as PayoffStrategy,
      ...('monthlyBudget' in input ? { monthlyBudget: decField(input, 'monthlyBudget') } : {}),
      ...(customOrder !== undefined ? { customOrder: customOrder as number[] } : {}),
      ...(startMonth !== undefined ? { startMonth } : {}),
    });
    if (!plan.ok) return plan;
    const p = plan.value;
    return success({
      months: p.months,
      totalInterest: p.totalInterest.toFixed(),
      totalPaid: p.totalPaid.toFixed(),
      debts: p.debts.map((d) => ({ name: d.name, payoffMonth: d.payoffMonth, interest: d.interest.toFixed(), paid: d.paid.toFixed() })),
    });
  });
}
