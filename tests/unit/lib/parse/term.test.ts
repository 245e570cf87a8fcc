import { describe, expect, it } from 'vitest';
import { parseTermMonths } from '../../../../src/lib/parse';
import { show } from './show';

describe('parseTermMonths', () => {
  it.each([
    ['12', '12'],
    ['12期', '12'],
    ['12个月', '12'],
    ['24个月', '24'],
    ['12月', '12'],
    ['1年', '12'],
    ['1.5年', '18'],
    ['1年6个月', '18'],
    ['一年半', '18'],
    ['1年半', '18'],
    ['半年', '6'],
    ['三十六期', '36'],
    ['十二个月', '12'],
    ['１２期', '12'],
    ['2 years', '24'],
    ['1 year', '12'],
    ['2 years 6 months', '30'],
    ['18 months', '18'],
    ['12 mo', '12'],
    ['3y', '36'],
    ['50年', '600'],
    ['600', '600'],
    ['1', '1'],
    ['', 'term.required'],
    ['abc', 'term.invalid'],
    ['年', 'term.invalid'],
    ['半个月', 'term.invalid'],
    ['12天', 'term.invalid'],
    ['1.3年', 'term.notWholeMonths'],
    ['2.5个月', 'term.notWholeMonths'],
    ['0', 'term.outOfRange min=1 max=600'],
    ['601', 'term.outOfRange min=1 max=600'],
    ['51年', 'term.outOfRange min=1 max=600'],
    ['-12', 'term.outOfRange min=1 max=600'],
    ['99999999999999999999999', 'term.outOfRange min=1 max=600'],
  ])('%j → %s', (text, expected) => {
    expect(show(parseTermMonths(text), String)).toBe(expected);
  });
});
