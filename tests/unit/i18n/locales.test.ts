import { describe, expect, it } from 'vitest';
import { isLocale, localeOfPath, localizedPath } from '../../../src/i18n/locales';

describe('locale paths', () => {
  it.each([
    ['/zh-hans/articles/sued/', 'en', '/en/articles/sued/'],
    ['/en/', 'zh-hant', '/zh-hant/'],
    ['/', 'en', '/en/'],
    ['/zh-hant/tools/apr/', 'zh-hans', '/zh-hans/tools/apr/'],
    ['/zh-hansx/', 'en', '/en/zh-hansx/'],
  ] as const)('%s in %s → %s', (path, target, expected) => {
    expect(localizedPath(path, target)).toBe(expected);
  });
  it.each([
    ['/en/articles/x/', 'en'],
    ['/', 'zh-hans'],
    ['/zh-hant/', 'zh-hant'],
    ['/embed/x/', 'zh-hans'],
  ] as const)('locale of %s is %s', (path, locale) => expect(localeOfPath(path)).toBe(locale));
  it('knows its locales', () => {
    expect(isLocale('zh-hant')).toBe(true);
    expect(isLocale('zh-TW')).toBe(false);
  });
});
