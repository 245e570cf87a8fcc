import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages, fileFor } from './support/built-site';

/** One RSS feed per locale: valid XML, every article of the locale, newest review first, absolute links that resolve. */
const SITE_ORIGIN = new URL(process.env.SITE_URL ?? 'https://mingzhang.example').origin;
import { LOCALES } from '../../src/i18n/locales';
const pages = builtPages();

for (const locale of LOCALES) {
  test(`feed ${locale}: valid RSS listing every article of the locale`, async ({ page }) => {
    const file = fileFor(`/${locale}/rss.xml`);
    expect(file, `dist/${locale}/rss.xml`).toBeDefined();
    const xml = readFileSync(file as string, 'utf8');

    // The browser's XML parser is strict: any well-formedness error yields a <parsererror> document.
    await page.goto('/');
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const child = (el: Element, name: string) => el.getElementsByTagName(name)[0]?.textContent ?? '';
      return {
        error: doc.getElementsByTagName('parsererror')[0]?.textContent ?? null,
        root: doc.documentElement.nodeName,
        version: doc.documentElement.getAttribute('version'),
        title: child(doc.getElementsByTagName('channel')[0] as Element, 'title'),
        language: child(doc.documentElement, 'language'),
        items: [...doc.getElementsByTagName('item')].map((item) => ({
          title: child(item, 'title'),
          description: child(item, 'description'),
          link: child(item, 'link'),
          pubDate: child(item, 'pubDate'),
        })),
      };
    }, xml);

    expect(feed.error).toBeNull();
    expect([feed.root, feed.version]).toEqual(['rss', '2.0']);
    expect(feed.title).not.toBe('');
    expect(feed.language).toBe({ 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant', en: 'en' }[locale]);

    const articlePages = pages.filter((p) => new RegExp(`^/${locale}/articles/[^/]+/$`).test(p)).sort();
    expect(articlePages.length).toBeGreaterThan(0);
    const linked = feed.items.map((item) => new URL(item.link));
    expect(linked.map((url) => url.pathname).sort()).toEqual(articlePages);
    for (const [i, url] of linked.entries()) {
      expect(url.origin, feed.items[i]?.link).toBe(SITE_ORIGIN);
      expect(fileFor(url.pathname), `${url.pathname} exists in dist`).toBeDefined();
    }
    for (const item of feed.items) {
      expect(item.title, item.link).not.toBe('');
      expect(item.description, item.link).not.toBe('');
      expect(Number.isNaN(Date.parse(item.pubDate)), `${item.link} pubDate ${item.pubDate}`).toBe(false);
    }
    const dates = feed.items.map((item) => Date.parse(item.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
}

test('every page of a locale announces that locale’s feed in its head', () => {
  const missing = pages
    .filter((p) => p === '/' || /^\/(zh-hans|zh-hant|en)\//.test(p))
    .filter((p) => {
      const locale = p === '/' ? 'zh-hans' : p.split('/')[1];
      const html = readFileSync(fileFor(p) as string, 'utf8');
      return !new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="/${locale}/rss\\.xml"`).test(html);
    });
  expect(missing).toEqual([]);
});

test('the article index links to its feed visibly', async ({ page }) => {
  for (const locale of LOCALES) {
    await page.goto(`/${locale}/articles/`);
    const link = page.locator(`main a[href="/${locale}/rss.xml"]`);
    await expect(link).toBeVisible();
    await expect(link).toContainText('RSS');
  }
});
