import { describe, expect, it } from 'vitest';
import { parseTerm, parseTermMonths, type TermUnit } from '../../../../src/lib/parse';
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
    ['一一期', 'term.invalid'],
    ['十二期', '12'],
    ['壹拾贰期', '12'],
    ['一百二十期', '120'],
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

describe('parseTerm: count and unit', () => {
  const shown = (text: string, opts: { unit?: TermUnit } = {}): string =>
    show(parseTerm(text, opts), (v) => `${v.count} ${v.unit}${v.unitStated ? '' : ' (unit not stated)'}`);
  it.each<[string, { unit?: TermUnit }, string]>([
    ['12', {}, '12 month (unit not stated)'],
    ['12期', {}, '12 month (unit not stated)'],
    ['十二期', {}, '12 month (unit not stated)'],
    ['12期', { unit: 'week' }, '12 week (unit not stated)'],
    ['30', { unit: 'day' }, '30 day (unit not stated)'],
    ['十二个月', {}, '12 month'],
    ['12個月', {}, '12 month'],
    ['1年', {}, '12 month'],
    ['一年半', {}, '18 month'],
    ['4周', {}, '4 week'],
    ['4週', {}, '4 week'],
    ['两周', {}, '2 week'],
    ['两个星期', {}, '2 week'],
    ['2 weeks', {}, '2 week'],
    ['52周', { unit: 'week' }, '52 week'],
    ['30天', {}, '30 day'],
    ['十四天', {}, '14 day'],
    ['7日', {}, '7 day'],
    ['7 days', {}, '7 day'],
    ['１４天', {}, '14 day'],
    ['', {}, 'term.required'],
    ['abc', {}, 'term.invalid'],
    ['一一天', {}, 'term.invalid'],
    ['2.5周', {}, 'term.notWholeCount'],
    ['1.5天', {}, 'term.notWholeCount'],
    ['2.5期', { unit: 'week' }, 'term.notWholeCount'],
    ['1.3年', {}, 'term.notWholeMonths'],
    ['0天', {}, 'term.daysOutOfRange min=1 max=18262'],
    ['3000周', {}, 'term.weeksOutOfRange min=1 max=2609'],
    ['0期', { unit: 'week' }, 'term.weeksOutOfRange min=1 max=2609'],
    ['601期', {}, 'term.outOfRange min=1 max=600'],
    ['30天', { unit: 'month' }, 'term.unitMismatch expected=month found=day'],
    ['12个月', { unit: 'week' }, 'term.unitMismatch expected=week found=month'],
  ])('%j %o → %s', (text, opts, expected) => {
    expect(shown(text, opts)).toBe(expected);
  });
});
