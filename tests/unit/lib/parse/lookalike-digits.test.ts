import { describe, expect, it } from 'vitest';
import { parseAmount, parseDate, parseRate, parseTermMonths } from '../../../../src/lib/parse';
import { monthText, parseMonth } from '../../../../src/lib/parse/date';
import { normalizeInput } from '../../../../src/lib/parse/normalize';
import { show } from './show';

/**
 * NFKC folds superscripts, subscripts, circled and other "compatibility" digits into plain ones, so 10⁴
 * (ten thousand) became 104. Those are refused; full-width digits (what a Chinese keyboard types) still fold.
 */
describe('digits that only look like digits are refused, not folded', () => {
  it.each([['10⁴'], ['10²'], ['1₀'], ['①'], ['１0⁴'], ['½'], ['𝟏𝟎']])('amount %s is not a number', (text) => {
    expect(show(parseAmount(text), (v) => v.toFixed())).toBe('amount.invalid');
  });
  it.each([['2⁴%'], ['³']])('rate %s is not a rate', (text) => {
    expect(parseRate(text).ok).toBe(false);
  });
  it('a term of 1² months is not 12', () => expect(parseTermMonths('1²').ok).toBe(false));
  it('a date with a superscript is not a date', () => expect(parseDate('2025-0³-01').ok).toBe(false));
  it('a month with a superscript is not a month', () => expect(monthText('2025-0³')).toBeUndefined());
  it('full-width digits, punctuation and spaces still fold', () => {
    expect(normalizeInput(' １２，３４５．６％ ')).toBe('12,345.6%');
    expect(show(parseAmount('１万'), (v) => v.toFixed())).toBe('10000');
  });
  it('text without look-alikes is normalized exactly as before (one NFKC pass)', () => {
    expect(normalizeInput('1.5萬')).toBe('1.5万');
    expect(normalizeInput('10⁴ 萬')).toBe('10⁴ 万');
  });
});

describe('parseMonth: a year and month within the years dates accept (1900–2199)', () => {
  it.each([
    ['2026-03', '2026-03'],
    ['２０２６年３月', '2026-03'],
    ['1900-01', '1900-01'],
    ['2199-12', '2199-12'],
    ['', 'date.required'],
    ['March', 'date.invalid'],
    ['2026-13', 'date.invalid'],
    ['2026-00', 'date.invalid'],
    ['9999-01', 'date.outOfRange min=1900 max=2199'],
    ['1899-12', 'date.outOfRange min=1900 max=2199'],
    ['2200-01', 'date.outOfRange min=1900 max=2199'],
  ])('%s → %s', (text, expected) => {
    expect(show(parseMonth(text, { field: 'startMonth' }), (v) => v)).toBe(expected);
  });
});
