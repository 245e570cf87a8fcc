import { describe, expect, it } from 'vitest';
import { assetsNamedBy, isLocalePage, isSearchPage, pageCacheName, pageCachePrefix, pageKey, workerUrl } from '../../../src/offline/scope';

describe('which worker answers which page', () => {
  it('puts zh-hans at the root (the root serves its home) and the others under their segment', () => {
    expect(workerUrl('zh-hans')).toBe('/sw.js');
    expect(workerUrl('zh-hant')).toBe('/zh-hant/sw.js');
    expect(workerUrl('en')).toBe('/en/sw.js');
  });

  it.each([
    ['/', 'zh-hans', true],
    ['/', 'en', false],
    ['/zh-hans/articles/sued/', 'zh-hans', true],
    ['/en/articles/sued/', 'zh-hans', false],
    ['/en/articles/sued/', 'en', true],
    ['/zh-hant/tools/apr/', 'zh-hant', true],
    ['/embed/zh-hans/apr/', 'zh-hans', false],
    ['/zh-hans/rss.xml', 'zh-hans', false],
    ['/zh-hans/manifest.webmanifest', 'zh-hans', false],
    ['/zh-hansx/', 'zh-hans', false],
  ] as const)('%s is a page of %s: %s', (path, locale, answer) => {
    expect(isLocalePage(path, locale)).toBe(answer);
  });

  it('knows the search pages, and only them', () => {
    expect(isSearchPage('/en/search/')).toBe(true);
    expect(isSearchPage('/en/search/x/')).toBe(false);
    expect(isSearchPage('/en/articles/search/')).toBe(false);
  });
});

describe('kept pages', () => {
  it('are keyed without query or fragment, so typed input never lands in a cache key', () => {
    expect(pageKey('https://s.example/en/tools/apr/?amount=10000#months=12')).toBe('https://s.example/en/tools/apr/');
  });

  it('live in a cache named by locale and build, under a prefix that names only that locale', () => {
    expect(pageCacheName('en', 'abc123')).toBe('mz-pages-en-abc123');
    expect(pageCacheName('zh-hant', 'abc123').startsWith(pageCachePrefix('zh-hant'))).toBe(true);
    expect(pageCacheName('zh-hant', 'abc123').startsWith(pageCachePrefix('zh-hans'))).toBe(false);
  });

  it('name the scripts and styles a page needs, once each, and nothing else', () => {
    const html = `<link rel="stylesheet" href="/_astro/base.BWY6TjDT.css"><astro-island component-url="/_astro/AprCalculator.C_evKbZX.js"
      renderer-url="/_astro/client.CRf32MRR.js"></astro-island><script type="module" src="/_astro/client.CRf32MRR.js"></script>
      <img src="/_astro/photo.x1.webp"><a href="/en/tools/apr/">x</a><script>import("/_astro/quote.CIyMSZxv.js")</script>`;
    expect(assetsNamedBy(html).sort()).toEqual(
      ['/_astro/AprCalculator.C_evKbZX.js', '/_astro/base.BWY6TjDT.css', '/_astro/client.CRf32MRR.js', '/_astro/quote.CIyMSZxv.js'].sort(),
    );
    expect(assetsNamedBy('<p>no assets</p>')).toEqual([]);
  });
});
