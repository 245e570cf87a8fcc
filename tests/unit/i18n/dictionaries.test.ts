import { describe, expect, it } from 'vitest';
import { WRITTEN_DICTIONARIES, dictionaryProblems, getMessages, pickMessages } from '../../../src/i18n/messages';

const { 'zh-hans': zhHans, en } = WRITTEN_DICTIONARIES;
import { createTranslator, placeholdersOf } from '../../../src/i18n/translate';

describe('UI dictionaries', () => {
  it('en has exactly the zh-Hans keys, with the same placeholders', () => {
    expect(dictionaryProblems('en.json', en)).toEqual([]);
  });

  it('reports a missing key, an unknown key and a changed placeholder', () => {
    const broken: Record<string, string> = { ...en, 'article.reviewedAt': 'Checked {when}', 'bogus.key': 'x' };
    delete broken['nav.home'];
    expect(dictionaryProblems('broken.json', broken)).toEqual([
      'broken.json: missing key "nav.home"',
      'broken.json: "article.reviewedAt" must use the placeholders date',
      'broken.json: unknown key "bogus.key"',
    ]);
  });

  it('derives zh-Hant from zh-Hans for every key, in Traditional characters', () => {
    const zhHant = getMessages('zh-hant');
    expect(Object.keys(zhHant)).toEqual(Object.keys(zhHans));
    expect(zhHant['nav.glossary']).toBe('術語表');
    expect(zhHant['site.name']).toBe('明帳'); // 帳, the one form of 账 in this locale (glossary.ts)
    expect(zhHant['article.reviewedAt']).toBe('內容核對日期：{date}');
  });

  it('no dictionary value is empty', () => {
    for (const locale of ['zh-hans', 'zh-hant', 'en'] as const) {
      expect(Object.entries(getMessages(locale)).filter(([, v]) => v.trim() === '')).toEqual([]);
    }
  });

  it('pickMessages hands an island only the keys it asks for', () => {
    expect(Object.keys(pickMessages('en', ['lang.']))).toEqual(['lang.label', 'lang.current']);
  });
});

describe('createTranslator', () => {
  const t = createTranslator({ greet: '你好，{name}！共 {count} 篇', plain: '无' });
  it.each([
    ['greet', { name: '小王', count: 3 }, '你好，小王！共 3 篇'],
    ['plain', undefined, '无'],
    ['greet', { name: 'A' }, '你好，A！共 {count} 篇'],
    ['missing.key', undefined, 'missing.key'],
  ])('%s with %j → %s', (key, params, expected) => {
    expect(t(key, params)).toBe(expected);
  });
  it('lists placeholders', () => expect(placeholdersOf('{b} and {a}')).toEqual(['a', 'b']));
});
