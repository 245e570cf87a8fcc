import { expect, test } from 'vitest';
import { countCorrespondences, encodeScriptMap } from '../../../src/components/search/script-map';
import { parseScriptMap, queryVariants } from '../../../src/components/search/query-variants';

// Pure logic of the zh-Hant search (no browser needed): moved here from the Playwright suite.
test('the character map keeps every Traditional form our text uses, and spellings drop impossible characters', () => {
  const encoded = encodeScriptMap(
    countCorrespondences([
      ['征信报告，头发', '徵信報告，頭髮'],
      ['出发，发现', '出發，發現'],
      ['系统\n账户', '系統\n帳戶'],
      ['维系，账', '維繫，賬'],
    ]),
  );
  const map = parseScriptMap(encoded);
  expect(map.get('征')).toEqual(['徵']);
  expect(map.get('发')).toEqual(['發', '髮']); // most frequent first
  expect(map.has('信')).toBe(false); // same in both scripts: not shipped
  expect(queryVariants('征信', map)).toEqual(['徵信']); // 征 never appears on zh-Hant pages
  expect(queryVariants('头发', map)).toEqual(['頭發', '頭髮']);
  expect(queryVariants('系统', map)[0]).toBe('系統');
  expect(queryVariants('APR', map)).toEqual(['APR']);
  expect(queryVariants('征信', new Map())).toEqual(['征信']); // zh-Hans and en pages ship no map
});
