import { describe, expect, it } from 'vitest';
import { Dec } from '../../../../src/lib/money/decimal';
import { comparePayoffStrategies, planPayoff, targetOrder, type DebtInput, type PayoffInput } from '../../../../src/lib/payoff';

const debt = (name: string, balance: string, aprPct: string, minPayment: string): DebtInput => ({
  name,
  balance: new Dec(balance),
  aprPct: new Dec(aprPct),
  minPayment: new Dec(minPayment),
});
const three = [debt('A', '1500', '8', '50'), debt('B', '6000', '24', '180'), debt('C', '10000', '12', '220')];
const summary = (input: PayoffInput): string => {
  const p = planPayoff(input);
  if (!p.ok) return p.issues.map((i) => `${i.field} ${i.code} ${JSON.stringify(i.params ?? {})}`).join('; ');
  const debts = p.value.debts.map((d) => `${d.name}:${d.payoffMonth}/${d.interest.toFixed(2)}/${d.paid.toFixed(2)}`).join(' ');
  return `${p.value.months} ${p.value.totalInterest.toFixed(2)} ${p.value.totalPaid.toFixed(2)} ${debts}`;
};

describe('planPayoff', () => {
  it.each<[string, PayoffInput, string]>([
    ['avalanche (vector)', { debts: three, monthlyBudget: new Dec('800'), strategy: 'avalanche' }, '26 2785.39 20285.39 A:26/167.63/1667.63 B:13/871.06/6871.06 C:25/1746.70/11746.70'],
    ['snowball (vector)', { debts: three, monthlyBudget: new Dec('800'), strategy: 'snowball' }, '26 3049.11 20549.11 A:4/24.33/1524.33 B:16/1176.53/7176.53 C:26/1848.25/11848.25'],
    ['custom = snowball order here', { debts: three, monthlyBudget: new Dec('800'), strategy: 'custom', customOrder: [0, 1, 2] }, '26 3049.11 20549.11 A:4/24.33/1524.33 B:16/1176.53/7176.53 C:26/1848.25/11848.25'],
    ['minimums (vector)', { debts: three, strategy: 'minimums' }, '61 7567.40 25067.40 A:34/179.17/1679.17 B:56/3986.57/9986.57 C:61/3401.66/13401.66'],
    ['one card (vector)', { debts: [debt('card', '10000', '20', '250')], monthlyBudget: new Dec('500'), strategy: 'avalanche' }, '25 2266.06 12266.06 card:25/2266.06/12266.06'],
    ['0 % debt', { debts: [debt('x', '100', '0', '30')], strategy: 'minimums' }, '4 0.00 100.00 x:4/0.00/100.00'],
    ['a debt already at 0', { debts: [debt('z', '0', '5', '10'), debt('x', '100', '0', '30')], monthlyBudget: new Dec('50'), strategy: 'avalanche' }, '2 0.00 100.00 z:0/0.00/0.00 x:2/0.00/100.00'],
    ['budget below minimums (vector)', { debts: three, monthlyBudget: new Dec('400'), strategy: 'avalanche' }, 'monthlyBudget payoff.budgetBelowMinimums {"needed":"450.00"}'],
    ['minimum never covers interest', { debts: [debt('x', '10000', '24', '200')], strategy: 'minimums' }, 'debts.0.minPayment payoff.paymentBelowInterest {"minimum":"200.01"}'],
    ['budget never covers interest', { debts: [debt('x', '10000', '24', '100')], monthlyBudget: new Dec('150'), strategy: 'snowball' }, 'monthlyBudget payoff.paymentBelowInterest {"minimum":"200.01"}'],
    ['100 years are not enough', { debts: [debt('x', '1000000', '12', '10000.01')], strategy: 'minimums' }, 'undefined payoff.tooLong {"maxMonths":"1200"}'],
    ['no debts', { debts: [], monthlyBudget: new Dec('1'), strategy: 'avalanche' }, 'debts payoff.noDebts {}'],
    ['51 debts', { debts: Array.from({ length: 51 }, () => debt('d', '1', '1', '1')), monthlyBudget: new Dec('100'), strategy: 'avalanche' }, 'debts payoff.tooManyDebts {"max":"50"}'],
    ['budget missing', { debts: three, strategy: 'snowball' }, 'monthlyBudget payoff.budgetRequired {}'],
    ['custom order not a permutation', { debts: three, monthlyBudget: new Dec('800'), strategy: 'custom', customOrder: [0, 0, 1] }, 'customOrder payoff.customOrderInvalid {}'],
    ['negative rate, 3-decimal balance', { debts: [debt('x', '1.001', '-1', '1')], strategy: 'minimums' }, 'debts.0.balance amount.tooPrecise {"maxDecimals":"2"}; debts.0.aprPct rate.negative {}'],
  ])('%s', (_name, input, expected) => {
    expect(summary(input)).toBe(expected);
  });

  it('month rows carry due months, per-debt cells and sum to the totals', () => {
    const p = planPayoff({ debts: three, monthlyBudget: new Dec('800'), strategy: 'avalanche', startMonth: '2025-12' });
    if (!p.ok) throw new Error('expected a plan');
    expect(p.value.rows[1]?.dueMonth).toBe('2026-01');
    expect(p.value.rows[0]?.debts.map((d) => `${d.interest.toFixed(2)} ${d.payment.toFixed(2)} ${d.balance.toFixed(2)}`)).toEqual([
      '10.00 50.00 1460.00',
      '120.00 530.00 5590.00',
      '100.00 220.00 9880.00',
    ]);
    const paid = p.value.rows.reduce((s, r) => s.plus(r.payment), new Dec(0));
    expect(paid.toFixed(2)).toBe(p.value.totalPaid.toFixed(2));
  });
});

describe('target order tie-breaks', () => {
  const open = [
    { index: 0, balance: new Dec('500'), aprPct: new Dec('18') },
    { index: 1, balance: new Dec('300'), aprPct: new Dec('18') },
    { index: 2, balance: new Dec('300'), aprPct: new Dec('24') },
    { index: 3, balance: new Dec('300'), aprPct: new Dec('18') },
  ];
  it.each([
    ['avalanche', '2 1 3 0'],
    ['snowball', '2 1 3 0'],
    ['minimums', ''],
  ] as const)('%s', (strategy, expected) => {
    expect(targetOrder(strategy, open).join(' ')).toBe(expected);
  });
  it('snowball puts a lower balance before a higher rate', () => {
    expect(targetOrder('snowball', [open[0]!, { index: 4, balance: new Dec('100'), aprPct: new Dec('1') }]).join(' ')).toBe('4 0');
  });
});

describe('comparePayoffStrategies', () => {
  it('plans every strategy; custom only with an order', () => {
    const c = comparePayoffStrategies({ debts: three, monthlyBudget: new Dec('800') });
    if (!c.ok) throw new Error('expected plans');
    expect(Object.keys(c.value.plans).sort().join(' ')).toBe('avalanche minimums snowball');
    expect(c.value.plans.avalanche?.totalInterest.toFixed(2)).toBe('2785.39');
    expect(c.value.plans.snowball?.totalInterest.toFixed(2)).toBe('3049.11');
    expect(c.value.minimumsIssues).toEqual([]);
  });
  it('fails once, with deduplicated issues, when the budget is too small', () => {
    const c = comparePayoffStrategies({ debts: three, monthlyBudget: new Dec('400'), customOrder: [2, 1, 0] });
    expect(c.ok ? 'ok' : c.issues.map((i) => i.code).join(' ')).toBe('payoff.budgetBelowMinimums');
  });
  it('leaves minimums out when minimums alone never end, and says why', () => {
    const c = comparePayoffStrategies({ debts: [debt('x', '10000', '24', '100')], monthlyBudget: new Dec('1000') });
    expect(c.ok ? Object.keys(c.value.plans).sort().join(' ') : 'failed').toBe('avalanche snowball');
    expect(c.ok && c.value.minimumsIssues.map((i) => `${i.field} ${i.code} ${i.params?.minimum}`)).toEqual(['debts.0.minPayment payoff.paymentBelowInterest 200.01']);
  });
  it('reuses a plan already made for the same input instead of planning it again', () => {
    const input = { debts: three, monthlyBudget: new Dec('800') };
    const chosen = planPayoff({ ...input, strategy: 'avalanche' });
    if (!chosen.ok) throw new Error('expected a plan');
    const c = comparePayoffStrategies(input, { avalanche: chosen.value });
    expect(c.ok && c.value.plans.avalanche).toBe(chosen.value);
  });
});
