import { describe, expect, it } from 'vitest';
import { Dec } from '../../../../src/lib/money/decimal';
import { parseAmount } from '../../../../src/lib/parse';
import { show } from './show';

const parsed = (text: string, opts = {}): string => show(parseAmount(text, opts), (v) => v.toFixed());

describe('parseAmount: accepted forms', () => {
  it.each([
    ['10000', '10000'],
    ['10,000', '10000'],
    ['3,000', '3000'],
    ['1,000,000.50', '1000000.5'],
    ['1万', '10000'],
    ['1.5万', '15000'],
    ['5千', '5000'],
    ['2百', '200'],
    ['1亿', '100000000'],
    ['5千万', '50000000'],
    ['3百万', '3000000'],
    ['1万亿', '1000000000000'],
    ['1万5千', '15000'],
    ['1亿2345万', '123450000'],
    ['1,000万', '10000000'],
    ['1w', '10000'],
    ['1W', '10000'],
    ['2.5w', '25000'],
    ['1k', '1000'],
    ['1.5K', '1500'],
    ['１２３', '123'],
    ['１，０００', '1000'],
    ['１．５万', '15000'],
    ['  100  ', '100'],
    ['\u3000100\u3000', '100'],
    ['¥100', '100'],
    ['￥1,000.50', '1000.5'],
    ['¥ 100', '100'],
    ['100元', '100'],
    ['1.5万元', '15000'],
    ['10000元整', '10000'],
    ['100 元', '100'],
    ['RMB 100', '100'],
    ['100rmb', '100'],
    ['CNY100', '100'],
    ['人民币100元', '100'],
    ['+100', '100'],
    ['0', '0'],
    ['-0', '0'],
    ['.5', '0.5'],
    ['5.', '5'],
    ['0.01', '0.01'],
    ['100.10', '100.1'],
    ['1000000000000', '1000000000000'],
    ['1.00001万', '10000.1'],
  ])('%j → %s', (text, expected) => {
    expect(parsed(text)).toBe(expected);
  });
});

describe('parseAmount: rejected forms', () => {
  it.each([
    ['', 'amount.required'],
    ['   ', 'amount.required'],
    ['1.234,56', 'amount.ambiguous'],
    ['12,34', 'amount.ambiguous'],
    ['1,2345', 'amount.ambiguous'],
    ['1,23', 'amount.ambiguous'],
    ['1.234.567', 'amount.ambiguous'],
    ['1,234.5,6', 'amount.ambiguous'],
    ['1万5', 'amount.ambiguous'],
    ['1 000', 'amount.ambiguous'],
    ['1m', 'amount.ambiguous'],
    ['2B', 'amount.ambiguous'],
    ['-5', 'amount.negative'],
    ['-¥5', 'amount.negative'],
    ['¥-5', 'amount.negative'],
    ['−5', 'amount.negative'],
    ['abc', 'amount.invalid'],
    ['1e5', 'amount.invalid'],
    ['Infinity', 'amount.invalid'],
    ['NaN', 'amount.invalid'],
    ['0x10', 'amount.invalid'],
    ['¥', 'amount.invalid'],
    ['元', 'amount.invalid'],
    ['万', 'amount.invalid'],
    ['1..2', 'amount.invalid'],
    ['1.2.3', 'amount.invalid'],
    [',100', 'amount.invalid'],
    ['100,', 'amount.invalid'],
    ['1万2万', 'amount.invalid'],
    ['1千2万', 'amount.invalid'],
    ['1万15千', 'amount.invalid'],
    ['1.5万3千', 'amount.invalid'],
    ['1万万', 'amount.invalid'],
    ['1kw', 'amount.invalid'],
    ['1x', 'amount.invalid'],
    ['--5', 'amount.invalid'],
    ['(100)', 'amount.invalid'],
    ['一万', 'amount.invalid'],
    ['1'.repeat(65), 'amount.invalid'],
    ['1000000000000.01', 'amount.tooLarge max=1000000000000'],
    ['1万亿1', 'amount.ambiguous'],
    ['2万亿', 'amount.tooLarge max=1000000000000'],
    ['1.001', 'amount.tooPrecise maxDecimals=2'],
    ['1.0000001万', 'amount.tooPrecise maxDecimals=2'],
  ])('%j → %s', (text, expected) => {
    expect(parsed(text)).toBe(expected);
  });
});

describe('parseAmount: options', () => {
  it.each([
    ['-5', { allowNegative: true }, '-5'],
    ['-1.5万', { allowNegative: true }, '-15000'],
    ['1.2345', { maxDecimals: 4 }, '1.2345'],
    ['101', { max: new Dec(100) }, 'amount.tooLarge max=100'],
  ])('%j %o → %s', (text, opts, expected) => {
    expect(parsed(text, opts)).toBe(expected);
  });
  it('puts the field on the issue', () => {
    const r = parseAmount('', { field: 'principal' });
    expect(r.ok ? '' : r.issues[0]?.field).toBe('principal');
  });
});
