import { describe, expect, it } from 'vitest';
import { parseAmount, parseRate, parseTermMonths } from '../../../../src/lib/parse';

/** zh-Hant readers type Traditional characters; the parsers must read them as they read Simplified. */
describe('Traditional Chinese input', () => {
  it.each([
    ['1萬', '10000'],
    ['1.5萬', '15000'],
    ['5千', '5000'],
    ['1億', '100000000'],
    ['３萬元', '30000'],
  ])('amount %s → %s', (text, expected) => {
    const parsed = parseAmount(text);
    expect(parsed.ok && parsed.value.toFixed()).toBe(expected);
  });

  it.each([
    ['日息萬五', 'daily', '0.05'],
    ['月費率0.6%', 'monthlyFee', '0.6'],
  ])('rate %s → %s %s %%', (text, kind, percent) => {
    const parsed = parseRate(text);
    expect(parsed.ok && `${parsed.value.kind} ${parsed.value.percent.toFixed()}`).toBe(`${kind} ${percent}`);
  });

  it.each([
    ['12個月', 12],
    ['兩年', 24],
  ])('term %s → %i months', (text, months) => {
    const parsed = parseTermMonths(text);
    expect(parsed.ok && parsed.value).toBe(months);
  });
});
