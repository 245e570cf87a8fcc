import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../src/i18n/translate';
import { collectIssues, issueMessage } from '../../../../src/islands/shared/issues';
import { toCsv } from '../../../../src/islands/shared/csv';
import { inputsFragment, inputsFromLink, shareLink } from '../../../../src/islands/shared/share-link';
import { formatCount, formatMoney, formatParam, formatPercent } from '../../../../src/i18n/format';
import { Dec } from '../../../../src/lib/money/decimal';

const t = createTranslator({
  'issue.amount.required': '请输入{label}',
  'issue.budget.amount.required': '请输入每月预算',
  'issue.amount.tooLarge': '{label}不能超过 {max}',
  'issue.unknown': '{label}有问题',
});

describe('issueMessage: the field’s own words first, then the general ones, never a raw code', () => {
  it.each([
    [{ field: 'budget', code: 'amount.required' }, '请输入每月预算'],
    [{ field: 'amount', code: 'amount.required' }, '请输入借款金额'],
    [{ field: 'amount', code: 'amount.tooLarge', params: { max: '1000000000000' } }, '借款金额不能超过 1,000,000,000,000'],
    [{ field: 'amount', code: 'no.such.code' }, '借款金额有问题'],
  ])('%j → %s', (issue, text) => {
    expect(issueMessage(t, 'zh-hans', issue, issue.field === 'budget' ? '每月预算' : '借款金额')).toBe(text);
  });
});

describe('collectIssues: one message per input, in form order; unknown fields go to the fallback', () => {
  const fields = [
    { engineField: 'amount', inputId: 'amount', label: '借款金额' },
    { engineField: 'monthlyBudget', inputId: 'budget', label: '每月预算' },
  ];
  it('orders the summary by the form, keeps the first issue of a field, attaches strays to the fallback', () => {
    const out = collectIssues(t, 'zh-hans', [{ field: 'monthlyBudget', code: 'amount.required' }, { field: 'amount', code: 'amount.required' }, { field: 'amount', code: 'amount.tooLarge', params: { max: '1' } }, { field: 'mystery', code: 'amount.required' }], fields, 'budget');
    expect(out.summary).toEqual([
      { fieldId: 'amount', message: '请输入借款金额' },
      { fieldId: 'budget', message: '请输入每月预算' },
    ]);
    expect(out.byField).toEqual({ amount: '请输入借款金额', budget: '请输入每月预算' });
  });
});

describe('toCsv (RFC 4180, UTF-8 with BOM for spreadsheets)', () => {
  it('quotes cells with commas, quotes and line breaks; CRLF line ends; BOM first', () => {
    expect(toCsv([['期数', '金额'], ['1', '1,000.00'], ['a "b"', 'x\ny']])).toBe('\uFEFF期数,金额\r\n1,"1,000.00"\r\n"a ""b""","x\ny"\r\n');
  });
});

describe('format: display only, from the engine’s rounded decimals', () => {
  it.each([
    ['zh-hans', '¥8,884.88'],
    ['en', 'CN¥8,884.88'],
  ] as const)('money in %s', (locale, text) => {
    expect(formatMoney(new Dec('8884.875'), locale)).toBe(text);
  });
  it('percent, counts and issue parameters', () => {
    expect(formatPercent(new Dec('13.0348'), 'en')).toBe('13.03%');
    expect(formatPercent(new Dec('13.035'), 'zh-hans')).toBe('13.04%'); // half up
    expect(formatCount(360, 'en')).toBe('360');
    expect(formatParam('1000000000000', 'en')).toBe('1,000,000,000,000');
    expect(formatParam('2025-01', 'en')).toBe('2025-01');
  });
  it('never goes through a float: 16 significant digits survive', () => {
    expect(formatMoney(new Dec('1234567890123.45'), 'en')).toBe('CN¥1,234,567,890,123.45');
  });
});

describe('share links: inputs in the fragment, old query links still read', () => {
  const keys = ['amount', 'months', 'debts'] as const;
  it('reads the fragment first, else the query; unknown names are ignored', () => {
    expect(inputsFromLink({ hash: '#amount=1%E4%B8%87&x=1', search: '?amount=5' }, keys)).toEqual({ amount: '1万' });
    expect(inputsFromLink({ hash: '', search: '?months=12&debts=a%3A1' }, keys)).toEqual({ months: '12', debts: 'a:1' });
    expect(inputsFromLink({ hash: '#', search: '' }, keys)).toEqual({});
  });
  it('writes every non-empty value, and nothing when all are empty', () => {
    expect(inputsFragment({ amount: '1万', months: '', debts: 'a:1;b:2' })).toBe('#amount=1%E4%B8%87&debts=a%3A1%3Bb%3A2');
    expect(inputsFragment({ amount: '' })).toBe('');
  });
  it('points at our tool page, also from inside an embed; round-trips', () => {
    const link = shareLink('https://x.org', '/embed/zh-hant/payoff/', { debts: '卡:1万:18:300', budget: '800' });
    expect(link.startsWith('https://x.org/zh-hant/tools/payoff/#')).toBe(true);
    const url = new URL(link);
    expect(inputsFromLink(url, ['debts', 'budget'])).toEqual({ debts: '卡:1万:18:300', budget: '800' });
    expect(shareLink('https://x.org', '/en/tools/apr/', {})).toBe('https://x.org/en/tools/apr/');
  });
});
