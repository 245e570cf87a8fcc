import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages, fileFor } from './support/built-site';
import { convertToZhHans, convertToZhHant } from '../../src/i18n/zh-hant/convert';

const LOCALES = { 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant', en: 'en' } as const;
const localePages = builtPages().filter((p) => /^\/(zh-hans|zh-hant|en)\//.test(p));

test('the root serves the zh-Hans home page itself, without a redirect', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  expect(response?.request().redirectedFrom()).toBeNull();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.locator('meta[http-equiv="refresh"]')).toHaveCount(0);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/zh-hans\/$/);
});

test('every locale page has its lang, a canonical URL and hreflang alternates that exist', () => {
  const problems: string[] = [];
  for (const path of localePages) {
    const locale = path.split('/')[1] as keyof typeof LOCALES;
    const html = readFileSync(fileFor(path) as string, 'utf8');
    if (!html.includes(`<html lang="${LOCALES[locale]}"`)) problems.push(`${path}: lang is not ${LOCALES[locale]}`);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    if (!canonical || new URL(canonical).pathname !== path) problems.push(`${path}: canonical ${canonical}`);
    for (const [segment, lang] of Object.entries(LOCALES)) {
      const href = new RegExp(`<link rel="alternate" hreflang="${lang}" href="([^"]+)"`).exec(html)?.[1];
      const expected = path.replace(/^\/[^/]+\//, `/${segment}/`);
      if (!href || new URL(href).pathname !== expected) problems.push(`${path}: hreflang ${lang} is ${href}`);
      else if (!fileFor(expected)) problems.push(`${path}: hreflang ${lang} points to a missing page`);
    }
    if (!/<link rel="alternate" hreflang="x-default" href="[^"]+\/zh-hans\//.test(html)) problems.push(`${path}: no x-default`);
  }
  expect(problems).toEqual([]);
});

test('every zh-Hans page has a zh-Hant and an en counterpart', () => {
  const missing = localePages
    .filter((p) => p.startsWith('/zh-hans/'))
    .flatMap((p) => ['zh-hant', 'en'].map((l) => p.replace('/zh-hans/', `/${l}/`)))
    .filter((p) => !fileFor(p));
  expect(missing).toEqual([]);
});

test('zh-Hant pages hold Traditional characters only (Hant→Hans→Hant is stable)', async ({ page }) => {
  const unstable: string[] = [];
  for (const path of localePages.filter((p) => p.startsWith('/zh-hant/'))) {
    await page.goto(path);
    // Text in another declared language (the switcher's "简体中文", English names) is meant to stay as it is.
    const text = await page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      body.querySelectorAll('[lang]:not([lang="zh-Hant"])').forEach((el) => el.remove());
      body.querySelectorAll('script, style').forEach((el) => el.remove());
      return `${document.title}\n${body.textContent ?? ''}`;
    });
    const roundTrip = convertToZhHant(convertToZhHans(text));
    if (roundTrip !== text) {
      const at = [...text].findIndex((ch, i) => ch !== [...roundTrip][i]);
      unstable.push(`${path}: "${[...text].slice(Math.max(0, at - 8), at + 8).join('')}"`);
    }
  }
  expect(unstable).toEqual([]);
});

test('the language switcher keeps the reader on the same page', async ({ page }) => {
  const article = localePages.find((p) => /^\/zh-hans\/articles\/[^/]+\/$/.test(p)) ?? '/zh-hans/articles/';
  await page.goto(article);
  await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(article.replace('/zh-hans/', '/en/'));
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '繁體中文' }).click();
  await expect(page).toHaveURL(article.replace('/zh-hans/', '/zh-hant/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
});

test('no cookies are set anywhere', async ({ page, context }) => {
  for (const path of ['/', '/en/', '/zh-hant/articles/', '/en/privacy/']) await page.goto(path);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
});

test('keyboard: the first Tab reaches the skip link, which moves focus to the main content', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
