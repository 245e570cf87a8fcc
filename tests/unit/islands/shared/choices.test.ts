import { describe, expect, it } from 'vitest';
import { blockedByChoices, choiceIssues, screenChoices } from '../../../../src/islands/shared/choices';
import { CURRENCIES } from '../../../../src/i18n/currencies';

const choices = { currency: CURRENCIES, method: ['equal-installment', 'flat-fee'], unitPeriod: ['', 'month', 'day'] } as const;

describe('screenChoices: a choice from outside (a link, a hand-off, saved inputs) must be one of its options', () => {
  it('keeps known choices and every text field as they are', () => {
    expect(screenChoices({ amount: '1万', currency: 'HKD', method: 'flat-fee', unitPeriod: '' }, choices)).toEqual({
      accepted: { amount: '1万', currency: 'HKD', method: 'flat-fee', unitPeriod: '' },
      refused: {},
    });
  });
  it.each([
    ['currency', 'ABCD'],
    ['currency', 'cny'],
    ['currency', ''],
    ['method', 'foo'],
    ['unitPeriod', 'year'],
  ])('refuses %s=%j (the field shows a message; the value never reaches the engine)', (key, value) => {
    const { accepted, refused } = screenChoices({ amount: '100', [key]: value }, choices);
    expect(accepted).toEqual({ amount: '100' });
    expect(refused).toEqual({ [key]: value });
  });
});

describe('choiceIssues: one issue per refused field, naming what the link said (shortened)', () => {
  it('lists the fields with their value', () => {
    expect(choiceIssues({ method: 'foo', currency: 'ABCD' })).toEqual([
      { field: 'method', code: 'choice.unknown', params: { value: 'foo' } },
      { field: 'currency', code: 'choice.unknown', params: { value: 'ABCD' } },
    ]);
  });
  it('shortens a long value and says when nothing was given', () => {
    const [long] = choiceIssues({ method: 'x'.repeat(5000) });
    expect(long?.params?.['value']).toBe(`${'x'.repeat(24)}…`);
    expect(choiceIssues({ method: '' })).toEqual([{ field: 'method', code: 'choice.empty' }]);
  });
});

describe('blockedByChoices: no result while a choice is refused, and every problem listed at once', () => {
  const refused = choiceIssues({ lender: 'foo' });
  it('passes the outcome through when no choice is refused', () => {
    const ok = { ok: true as const, value: 1 };
    expect(blockedByChoices(ok, [])).toBe(ok);
    expect(blockedByChoices(undefined, [])).toBe(undefined);
  });
  it('turns a result into a failure, and puts the refused choices before the engine issues', () => {
    expect(blockedByChoices({ ok: true, value: 1 }, refused)).toEqual({ ok: false, issues: refused });
    expect(blockedByChoices({ ok: false, issues: [{ field: 'amount', code: 'amount.required' }] }, refused)).toEqual({
      ok: false,
      issues: [...refused, { field: 'amount', code: 'amount.required' }],
    });
  });
});
