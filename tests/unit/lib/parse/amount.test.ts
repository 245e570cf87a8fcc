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
    ['万', 'amount.numeralMalformed'],
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

describe('parseAmount: Chinese numerals, accepted', () => {
  it.each([
    // small forms
    ['一万', '10000'],
    ['一万五千', '15000'],
    ['两万', '20000'],
    ['二万', '20000'],
    ['三千五百', '3500'],
    ['九千', '9000'],
    ['十二', '12'],
    ['十', '10'],
    ['二十一', '21'],
    ['一百二十', '120'],
    ['一百十', '110'],
    ['两千', '2000'],
    ['两百万', '2000000'],
    ['一千万', '10000000'],
    ['五千万', '50000000'],
    ['三十五万', '350000'],
    ['一亿', '100000000'],
    ['一万亿', '1000000000000'],
    ['零', '0'],
    // 零 for a skipped place, exactly one
    ['一千零一', '1001'],
    ['一千零十', '1010'],
    ['一千零一十', '1010'],
    ['一百零五', '105'],
    ['十万零五百', '100500'],
    ['一万零五', '10005'],
    ['一万零十', '10010'],
    ['一亿零五百万', '105000000'],
    ['一千零五万', '10050000'],
    ['一千万零五', '10000005'],
    // the spoken shorthand: a final digit takes the next lower place
    ['一万五', '15000'],
    ['三千五', '3500'],
    ['一百五', '150'],
    ['两万三', '23000'],
    ['十万五', '105000'],
    ['一亿五', '150000000'],
    ['一万五千三', '15300'],
    // decimals
    ['一点五万', '15000'],
    ['十二点五万', '125000'],
    ['零点五', '0.5'],
    ['三点零五', '3.05'],
    ['一点二千万', '12000000'],
    // financial capitals, 元/角/分, 整
    ['壹万贰仟元整', '12000'],
    ['伍仟元', '5000'],
    ['壹仟元', '1000'],
    ['壹拾万元整', '100000'],
    ['拾万元', '100000'],
    ['玖仟元整', '9000'],
    ['壹万零伍佰元', '10500'],
    ['叁佰元伍角贰分', '300.52'],
    ['叁佰元伍角', '300.5'],
    ['叁佰元零贰分', '300.02'],
    ['叁佰元贰分', '300.02'],
    ['壹万圆整', '10000'],
    ['伍角', '0.5'],
    ['伍角整', '0.5'],
    ['人民币壹万元整', '10000'],
    ['¥一万', '10000'],
    ['一万元', '10000'],
    ['三块五毛', '3.5'],
    ['壹 万 贰 仟', '12000'],
    // Traditional
    ['壹萬貳仟圓整', '12000'],
    ['參仟元', '3000'],
    ['叄仟元', '3000'],
    ['陸萬', '60000'],
    ['兩萬', '20000'],
    ['一萬五千', '15000'],
    ['一億', '100000000'],
    ['三點五萬', '35000'],
  ])('%j → %s', (text, expected) => {
    expect(parsed(text)).toBe(expected);
  });
});

describe('parseAmount: Chinese numerals, refused', () => {
  it.each([
    ['一一', 'amount.numeralDigits'],
    ['一二三', 'amount.numeralDigits'],
    ['二〇二五', 'amount.numeralDigits'],
    ['一千一一', 'amount.numeralDigits'],
    ['零点点', 'amount.numeralMalformed'],
    ['万万', 'amount.numeralMalformed'],
    ['千万', 'amount.numeralMalformed'],
    ['五千三万', 'amount.numeralMalformed'],
    ['五万三亿', 'amount.numeralMalformed'],
    ['一万一亿', 'amount.numeralMalformed'],
    ['一千千', 'amount.numeralMalformed'],
    ['十十', 'amount.numeralMalformed'],
    ['百五', 'amount.numeralMalformed'],
    ['一千五十', 'amount.numeralMalformed'],
    ['一千一十', 'amount.numeralMalformed'],
    ['一万五百', 'amount.numeralMalformed'],
    ['一千零五百', 'amount.numeralMalformed'],
    ['一万零五千', 'amount.numeralMalformed'],
    ['一十零五', 'amount.numeralMalformed'],
    ['一千零', 'amount.numeralMalformed'],
    ['一万零', 'amount.numeralMalformed'],
    ['一千零零一', 'amount.numeralMalformed'],
    ['零一', 'amount.numeralDigits'],
    ['十两', 'amount.numeralMalformed'],
    ['两十', 'amount.numeralMalformed'],
    ['两', 'amount.numeralMalformed'],
    ['点五', 'amount.numeralMalformed'],
    ['一点', 'amount.numeralMalformed'],
    ['一点五万三千', 'amount.numeralMalformed'],
    ['三元五', 'amount.numeralMalformed'],
    ['元五角', 'amount.numeralMalformed'],
    ['伍角零贰分', 'amount.numeralMalformed'],
    ['壹万元整整', 'amount.numeralMalformed'],
    ['1万五千', 'amount.numeralMixed'],
    ['300元5角', 'amount.numeralMixed'],
    ['一万x', 'amount.invalid'],
    ['一点零零一', 'amount.tooPrecise maxDecimals=2'],
    ['二万亿', 'amount.tooLarge max=1000000000000'],
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
