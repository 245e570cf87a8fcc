import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, capQuery, parseScriptMap, queryVariants } from '../../../src/components/search/query-variants';

// 发 has two Traditional forms, 系 too: every one of them made one more full-length spelling (quadratic).
const map = parseScriptMap('发發髮 系系繫 头頭 征徵');

describe('a long query never freezes the zh-Hant search', () => {
  it.each([[5_000], [20_000]])('%i characters: the spellings are built in linear time, at most 6', (n) => {
    const query = '头发系'.repeat(Math.ceil(n / 3)).slice(0, n);
    const started = performance.now();
    const variants = queryVariants(query, map);
    const ms = performance.now() - started;
    expect(variants.length).toBeGreaterThan(0);
    expect(variants.length).toBeLessThanOrEqual(6);
    expect(variants.every((v) => [...v].length === n)).toBe(true);
    expect(ms).toBeLessThan(1500); // was 2.8 s at 5,000 characters; 20,000 crashed the tab (bound loose: shared CPUs)
  });

  it('gives the same spellings as before for a short query (first the most frequent forms, then one change at a time)', () => {
    expect(queryVariants('头发', map)).toEqual(['頭發', '頭髮']);
    expect(queryVariants('发系', map)).toEqual(['發系', '髮系', '發繫']);
    expect(queryVariants('征信', map)).toEqual(['徵信']);
    expect(queryVariants('APR', map)).toEqual(['APR']);
  });
});

describe('capQuery: a query is cut to MAX_QUERY_LENGTH characters, and says so', () => {
  it('keeps a normal query whole', () => expect(capQuery('征信 报告')).toEqual({ query: '征信 报告', cut: false }));
  it('cuts by characters, never inside a surrogate pair, and trims', () => {
    const long = `${'𠀀'.repeat(MAX_QUERY_LENGTH - 1)}ab`;
    const { query, cut } = capQuery(long);
    expect(cut).toBe(true);
    expect([...query].length).toBe(MAX_QUERY_LENGTH);
    expect(query.endsWith('a')).toBe(true);
  });
  it('cuts a long run of rare characters too (200 UTF-16 units are only 100 of them)', () => {
    for (const text of ['😀'.repeat(20_000), '𠀀'.repeat(150)]) {
      const { query, cut } = capQuery(text);
      expect(cut).toBe(true);
      expect([...query].length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    }
  });
  it('is documented as 100 characters', () => expect(MAX_QUERY_LENGTH).toBe(100));
});
