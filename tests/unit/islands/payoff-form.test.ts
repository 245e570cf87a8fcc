import { describe, expect, it } from 'vitest';
import {
  PAYOFF_DEFAULTS,
  computeChosen,
  computePayoff,
  decodeDebts,
  encodeDebts,
  readPayoffForm,
  readRate,
  readStartMonth,
  type PayoffFormKey,
} from '../../../src/islands/payoff/payoff-form';

const THREE = 'A small low-rate loan:1500:8:50;B credit card:6000:24:180;C personal loan:10000:12:220';
const form = (changes: Partial<Record<PayoffFormKey, string>>) => ({ ...PAYOFF_DEFAULTS, ...changes });

describe('debts parameter', () => {
  it.each([
    [[{ name: 'card', balance: '1万', rate: '18', minPayment: '300' }], 'card:1万:18:300'],
    [[{ name: 'a:b;c%', balance: '5千', rate: '日息0.05%', minPayment: '１００' }], 'a%3Ab%3Bc%25:5千:日息0.05%25:１００'],
    [[{ name: '', balance: '', rate: '', minPayment: '' }, { name: 'x', balance: '1', rate: '2', minPayment: '3' }], ':::;x:1:2:3'],
  ])('%j ⇄ %s', (rows, text) => {
    expect(encodeDebts(rows)).toBe(text);
    expect(decodeDebts(text)).toEqual(rows);
  });
  it.each([
    ['', []],
    ['card:100', [{ name: 'card', balance: '100', rate: '', minPayment: '' }]],
    ['x:1:18%:3', [{ name: 'x', balance: '1', rate: '18%', minPayment: '3' }]],
  ])('reads %s', (text, rows) => expect(decodeDebts(text)).toEqual(rows));
  it('keeps at most 50 rows', () => expect(decodeDebts(Array(60).fill('a:1:1:1').join(';'))).toHaveLength(50));
});

describe('readRate', () => {
  it.each([
    ['18', '18', 'unspecified'],
    ['年化18%', '18', 'annual'],
    ['日息0.05%', '18', 'daily'],
    ['万五/天', '18', 'daily'],
    ['月息1%', '12', 'monthly'],
    ['１８％', '18', 'unspecified'],
  ])('%s → %s %% a year (%s)', (text, aprPct, kind) => {
    const r = readRate(text, 360, 'f');
    expect(r.ok && [r.value.aprPct.toFixed(), r.value.kind]).toEqual([aprPct, kind]);
  });
  it('365-day basis', () => {
    const r = readRate('日息0.05%', 365, 'f');
    expect(r.ok && r.value.aprPct.toFixed(2)).toBe('18.25');
  });
  it.each([
    ['月费率0.6%', 'payoff.feeRateNotInterest'],
    ['abc', 'rate.invalid'],
    ['', 'rate.required'],
    ['-3', 'rate.negative'],
  ])('%s → %s', (text, code) => {
    const r = readRate(text, 360, 'debts.0.aprPct');
    expect(r.ok ? 'ok' : r.issues.map((i) => `${i.field} ${i.code}`)).toEqual([`debts.0.aprPct ${code}`]);
  });
});

describe('readStartMonth', () => {
  it.each([
    ['2025-03', '2025-03'],
    ['2025-3', '2025-03'],
    ['2025/12', '2025-12'],
    ['2025年3月', '2025-03'],
    ['２０２５－０３', '2025-03'],
    ['2025-13', undefined],
    ['9999-03', undefined],
    ['March', undefined],
  ])('%s → %s', (text, month) => expect(readStartMonth(text)).toBe(month));
});

describe('readPayoffForm', () => {
  it('skips blank rows and maps engine debts to rows', () => {
    const r = readPayoffForm(form({ debts: ':::;card:1万:18:300', budget: '500' }));
    expect(r.ok && [r.value.rowOf, r.value.debts.map((d) => `${d.name} ${d.balance.toFixed()} ${d.aprPct.toFixed()} ${d.minPayment.toFixed()}`)]).toEqual([
      [1],
      ['card 10000 18 300'],
    ]);
  });
  it.each([
    [form({ debts: '', budget: '500' }), ['debts payoff.noDebts']],
    [form({ debts: 'x:abc:18:100', budget: '' }), ['debts.0.balance amount.invalid', 'monthlyBudget amount.required']],
    [form({ debts: ':::;x:100::', budget: '1万', strategy: 'minimums' }), ['debts.1.aprPct rate.required', 'debts.1.minPayment amount.required']],
    [form({ debts: 'x:100:1:1', budget: '9', start: '2025-13' }), ['startMonth payoff.startMonthInvalid']],
    [form({ debts: 'x:100:1:1', budget: '9', start: '9999-12' }), ['startMonth date.outOfRange']],
    [form({ debts: 'x:10⁴:1:1', budget: '9' }), ['debts.0.balance amount.invalid']],
  ])('issues %#', (values, expected) => {
    const r = readPayoffForm(values);
    expect(r.ok ? 'ok' : r.issues.map((i) => `${i.field} ${i.code}`)).toEqual(expected);
  });
  it('minimums needs no budget', () => {
    const r = readPayoffForm(form({ debts: 'x:100:1:10', strategy: 'minimums' }));
    expect(r.ok && r.value.monthlyBudget).toBe(undefined);
  });
});

describe('computePayoff (engine vectors)', () => {
  const figures = (values: Record<PayoffFormKey, string>) => {
    const r = computePayoff(values);
    if (!r.ok) return r.issues.map((i) => `${i.field} ${i.code} ${JSON.stringify(i.params ?? {})}`);
    return Object.fromEntries(Object.entries(r.value.plans).map(([s, p]) => [s, `${p.months} ${p.totalInterest.toFixed(2)} ${p.totalPaid.toFixed(2)}`]));
  };
  it('debt-3: avalanche, snowball, minimums side by side', () => {
    expect(figures(form({ debts: THREE, budget: '800' }))).toEqual({
      avalanche: '26 2785.39 20285.39',
      snowball: '26 3049.11 20549.11',
      minimums: '61 7567.40 25067.40',
    });
  });
  it('custom in list order joins the comparison', () => {
    const r = figures(form({ debts: THREE, budget: '800', strategy: 'custom' })) as Record<string, string>;
    expect(Object.keys(r)).toEqual(['avalanche', 'snowball', 'custom', 'minimums']);
  });
  it('debt-1-check with 1万 and full-width digits', () => {
    expect(figures(form({ debts: 'card:1万:２０:250', budget: '５００' }))).toMatchObject({ avalanche: '25 2266.06 12266.06' });
  });
  it('debt-3-infeasible: budget below minimums, with the figure needed', () => {
    expect(figures(form({ debts: THREE, budget: '400' }))).toEqual(['monthlyBudget payoff.budgetBelowMinimums {"needed":"450.00"}']);
  });
  it('minimums alone without a budget', () => {
    expect(figures(form({ debts: THREE, strategy: 'minimums' }))).toEqual({ minimums: '61 7567.40 25067.40' });
  });
  it('a minimum below the interest: on that debt\'s row, blank rows counted', () => {
    expect(figures(form({ debts: ':::;card:10000:24:100', strategy: 'minimums' }))).toEqual([
      'debts.1.minPayment payoff.paymentBelowInterest {"minimum":"200.01"}',
    ]);
  });
  it('budget at or below the interest', () => {
    expect(figures(form({ debts: 'card:10000:24:100', budget: '200' }))).toEqual([
      'monthlyBudget payoff.paymentBelowInterest {"minimum":"200.01"}',
    ]);
  });
  it('start month dates the rows', () => {
    const r = computePayoff(form({ debts: 'card:1000:12:600', budget: '600', start: '2025-11' }));
    expect(r.ok && r.value.plans.avalanche?.rows.map((row) => row.dueMonth)).toEqual(['2025-11', '2025-12']);
  });
});

describe('computeChosen (the chosen strategy first)', () => {
  it.each([
    ['avalanche', '26 2785.39 20285.39'],
    ['snowball', '26 3049.11 20549.11'],
    ['minimums', '61 7567.40 25067.40'],
  ])('%s alone gives the same figures as the comparison', (strategy, figures) => {
    const r = computeChosen(form({ debts: THREE, budget: '800', strategy }));
    const plan = r.ok ? r.value.plans[strategy as 'avalanche'] : undefined;
    expect(plan && `${plan.months} ${plan.totalInterest.toFixed(2)} ${plan.totalPaid.toFixed(2)}`).toBe(figures);
    expect(r.ok && Object.keys(r.value.plans)).toEqual([strategy]);
  });
  it('same issue as the comparison for a budget below the minimums', () => {
    const r = computeChosen(form({ debts: THREE, budget: '400' }));
    expect(r.ok ? 'ok' : r.issues.map((i) => `${i.field} ${i.code} ${i.params?.needed}`)).toEqual(['monthlyBudget payoff.budgetBelowMinimums 450.00']);
  });
});

describe('every issue the payoff form can raise has words', () => {
  const codes = [
    'payoff.noDebts', 'payoff.tooManyDebts', 'payoff.budgetRequired', 'payoff.budgetBelowMinimums', 'payoff.paymentBelowInterest',
    'payoff.tooLong', 'payoff.customOrderInvalid', 'payoff.feeRateNotInterest', 'payoff.startMonthInvalid',
    'amount.required', 'amount.invalid', 'amount.ambiguous', 'amount.negative', 'amount.notPositive', 'amount.tooLarge', 'amount.tooPrecise',
    'rate.required', 'rate.invalid', 'rate.ambiguous', 'rate.negative', 'rate.tooHigh',
  ];
  it.each(['zh-hans', 'en'] as const)('%s', async (locale) => {
    const { WRITTEN_DICTIONARIES } = await import('../../../src/i18n/messages');
    const dictionary: Record<string, string> = WRITTEN_DICTIONARIES[locale];
    expect(codes.filter((code) => dictionary[`issue.${code}`] === undefined)).toEqual([]);
    expect(dictionary['issue.monthlyBudget.payoff.paymentBelowInterest']).toBeTruthy();
  });
});

describe('payoff-fields (the form half without decimal.js)', () => {
  it('MAX_DEBTS matches the engine', async () => {
    const fields = await import('../../../src/islands/payoff/payoff-fields');
    const engine = await import('../../../src/lib/payoff');
    expect(fields.MAX_DEBTS).toBe(engine.MAX_DEBTS);
  });
});
