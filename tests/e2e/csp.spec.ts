import { test, expect, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { LOCALES } from '../../src/i18n/locales';
import { EMBEDDABLE_TOOL_IDS, TOOL_IDS, toolPath } from '../../src/tools';
import { LETTERS } from '../../src/lib/letters/letters';
import { builtPages, fileFor } from './support/built-site';
import { watchCsp } from './support/csp';
import { TOOL_EXAMPLES } from './support/tool-examples';
import { attributeFor } from '../../src/embed/options';

/** A share link's inputs as the loader's start-value attributes (data-monthly-fee-pct="0.6"). */
const startValues = (fragment: string) =>
  [...new URLSearchParams(fragment.replace(/^#/, ''))].map(([name, value]) => `${attributeFor(name)}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join(' ');

/**
 * The Content-Security-Policy holds in every state a reader can reach, served with the headers of dist/_headers
 * (scripts/serve-dist.mjs applies them): every tool computing with its charts open, search with results, the
 * letter writer and the collection log in use, and every embed framed by a page of another origin, while a
 * page that is not an embed refuses to be framed there. Every page load of every locale is also watched by
 * tests/e2e/pages.spec.ts. A violation is a failure, whether the browser reports it as an event or in the console.
 */
const metaPolicy = (html: string) => html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
const directives = (policy: string) =>
  new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => { const [name = '', ...values] = d.split(/\s+/); return [name, values] as const; }));

test('every built page carries the strict policy in its <head>, before any script or style', () => {
  for (const path of builtPages()) {
    const html = readFileSync(fileFor(path) as string, 'utf8');
    const policy = metaPolicy(html);
    expect(policy, `${path}: CSP <meta>`).toBeTruthy();
    const d = directives(policy as string);
    expect(d.get('default-src'), path).toEqual(["'self'"]);
    expect(d.get('object-src'), path).toEqual(["'none'"]);
    expect(d.get('base-uri'), path).toEqual(["'self'"]);
    expect(d.get('form-action'), path).toEqual(["'self'"]);
    for (const name of ['script-src', 'style-src']) {
      const sources = d.get(name) ?? [];
      expect(sources, `${path} ${name}`).toContain("'self'");
      expect(sources.filter((s) => !/^'(self|sha256-[A-Za-z0-9+/=]+|wasm-unsafe-eval)'$/.test(s)), `${path} ${name}: only self, hashes and wasm`).toEqual([]);
    }
    // WebAssembly only where Pagefind may need it: the search pages.
    expect((d.get('script-src') ?? []).includes("'wasm-unsafe-eval'"), `${path}: 'wasm-unsafe-eval' only on search pages`).toBe(/\/search\/$/.test(path));
    const metaAt = html.indexOf('http-equiv="content-security-policy"');
    for (const tag of ['<script', '<style', '<link rel="stylesheet"']) {
      const first = html.indexOf(tag);
      if (first >= 0) expect(metaAt, `${path}: the policy comes before the first ${tag}`).toBeLessThan(first);
    }
  }
});

const SITE_HOST = new URL(process.env.SITE_URL ?? 'https://mingzhang.example').host;
const isExternal = (href: string) => /^(https?:)?\/\//i.test(href) && new URL(href, 'https://relative.invalid').host !== SITE_HOST;

test('every external link on every built page carries rel="noreferrer"', () => {
  let external = 0;
  const bare: string[] = [];
  for (const path of builtPages()) {
    const html = readFileSync(fileFor(path) as string, 'utf8');
    for (const [tag] of html.matchAll(/<a\b[^>]*>/g)) {
      const href = tag.match(/\shref="([^"]*)"/)?.[1];
      if (!href || !isExternal(href)) continue;
      external++;
      if (!/\srel="[^"]*\bnoreferrer\b[^"]*"/.test(tag)) bare.push(`${path}: ${tag}`);
    }
  }
  expect(bare).toEqual([]);
  expect(external, 'the articles do link to outside sources').toBeGreaterThan(20);
});

/** External links a script put into the page (results, letters): they must carry noreferrer too. */
const bareExternalLinks = (page: Page) =>
  page.locator('a[href]').evaluateAll((links, siteHost) =>
    links
      .filter((a) => { const url = new URL((a as HTMLAnchorElement).href); return url.host !== location.host && url.host !== siteHost && /^https?:$/.test(url.protocol); })
      .filter((a) => !(a as HTMLAnchorElement).relList.contains('noreferrer'))
      .map((a) => a.outerHTML), SITE_HOST);

test('the server sends the _headers rules: frame-ancestors, nosniff, referrer, permissions, caching', async ({ request }) => {
  const page = await request.get('/zh-hans/tools/apr/');
  expect(page.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(page.headers()['x-content-type-options']).toBe('nosniff');
  expect(page.headers()['referrer-policy']).toBe('same-origin');
  expect(page.headers()['permissions-policy']).toMatch(/(^|, )camera=\(\)/);
  expect(page.headers()['permissions-policy']).toContain('clipboard-write=(self)');
  expect(page.headers()['cache-control']).toBe('no-cache');
  const embed = await request.get('/embed/en/apr/');
  expect(embed.headers()['content-security-policy']).not.toContain('frame-ancestors');
  // A missing page answered by 404.html gets the headers of the path asked for, as on Netlify.
  const missing = await request.get('/zh-hans/no-such-page/');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  const asset = readFileSync(fileFor('/zh-hans/tools/apr/') as string, 'utf8').match(/\/_astro\/[^"]+\.(js|css)/)?.[0];
  expect(asset, 'a hashed asset on the tool page').toBeTruthy();
  expect((await request.get(asset as string)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect((await request.get('/_headers')).status(), 'the rules themselves are not served').toBe(404);
});

async function hydrated(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
}

/** Opens every chart the page offers (buttons named "Show chart" in each locale), waiting for each canvas. */
async function openCharts(page: Page): Promise<number> {
  const buttons = page.getByRole('button', { name: /^(Show chart|[显顯]示[图圖]表)$/ });
  const count = await buttons.count();
  for (let i = 0; i < count; i++) await buttons.nth(i).click();
  if (count > 0) await expect(page.locator('canvas').first()).toBeVisible({ timeout: 15_000 });
  return count;
}

for (const locale of LOCALES) {
  test(`${locale}: every tool computing, with its charts open; search with results; no CSP violation`, async ({ page }) => {
    test.setTimeout(120_000);
    const violations = await watchCsp(page);
    let charts = 0;
    for (const tool of TOOL_IDS) {
      const example = TOOL_EXAMPLES[tool];
      if ('record' in example) continue;
      await hydrated(page, `${toolPath(locale, tool)}${example.fragment}`);
      await expect(page.locator(`[data-result="${example.figure.name}"]`).first()).toBeVisible({ timeout: 15_000 });
      await page.waitForTimeout(600); // past the pause after which the heavy parts load
      charts += await openCharts(page);
      expect(await violations(), `${tool} ${locale}`).toEqual([]);
      expect(await bareExternalLinks(page), `${tool} ${locale}`).toEqual([]);
    }
    expect(charts, 'the schedule and payoff charts were opened').toBeGreaterThanOrEqual(2);

    await page.goto(`/${locale}/search/?q=APR`);
    await expect(page.locator('#search-results li a').first()).toBeVisible({ timeout: 15_000 });
    expect(await violations(), `search ${locale}`).toEqual([]);
  });
}

test('search works where Pagefind cannot start its worker: its WebAssembly then runs in the page, which the search page allows', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.route('**/pagefind/pagefind-worker.js', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/en/search/?q=APR');
  await expect(page.locator('#search-results li a').first()).toBeVisible({ timeout: 15_000 });
  expect(await violations()).toEqual([]);
  // Only the search page may compile WebAssembly.
  for (const path of builtPages()) {
    const allowsWasm = /'wasm-unsafe-eval'/.test(metaPolicy(readFileSync(fileFor(path) as string, 'utf8')) ?? '');
    expect(allowsWasm, path).toBe(/^\/[^/]+\/search\/$/.test(path));
  }
});

test('the letter writer and the collection log in use: no CSP violation', async ({ page }) => {
  test.setTimeout(90_000);
  const violations = await watchCsp(page);
  await hydrated(page, toolPath('en', 'letters'));
  const [first] = LETTERS;
  for (const field of first?.required ?? []) await page.locator(`#${field}`).fill(field === 'monthly' || field === 'months' ? '12' : 'Qzx Csptest');
  await expect(page.locator('#letter-text')).toHaveValue(/Qzx Csptest/);
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download as a text file/ }).click()]);
  expect(await violations(), 'letters').toEqual([]);

  await hydrated(page, toolPath('zh-hans', 'collection-log'));
  await expect(page.locator('[data-log-state="ready"]')).toBeVisible();
  await page.locator('#log-at').fill('2026-03-02T23:30');
  await page.locator('#log-collector').fill('甲贷科技');
  await page.locator('#log-answered').check();
  await page.locator('.mz-log-add button[type="submit"]').click();
  await expect(page.locator('[data-log-saved]')).toBeVisible();
  await expect(page.locator('.mz-log-entries [data-entry-id]')).toHaveCount(1);
  expect(await violations(), 'collection log').toEqual([]);
});

test.describe('framed by a page of another origin', () => {
  let host: Server;
  let hostOrigin = '';
  test.beforeAll(async ({ baseURL }) => {
    // An NGO's page: another port on the loopback is another origin. The page is built from the query string.
    host = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const tool = url.searchParams.get('tool') ?? 'apr';
      const frame = url.searchParams.get('frame');
      const body = frame
        ? `<iframe src="${baseURL}${frame}" title="framed"></iframe>`
        : `<script src="${baseURL}/embed.js" data-calculator="${tool}" data-locale="${url.searchParams.get('locale') ?? 'en'}" ${startValues(url.searchParams.get('query') ?? '')} async></script>`;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="en"><title>Host</title><main><h1>Our help page</h1>${body}</main></html>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

  test('every embeddable tool loads, hydrates and computes inside the frame with no CSP violation', async ({ page }) => {
    test.setTimeout(90_000);
    const violations = await watchCsp(page);
    for (const tool of EMBEDDABLE_TOOL_IDS) {
      const example = TOOL_EXAMPLES[tool];
      // The snippet's data-query carries a share link's inputs, so the calculators compute in the frame.
      const query = 'record' in example ? '' : example.fragment;
      await page.goto(`${hostOrigin}/?tool=${tool}&locale=zh-hans&query=${encodeURIComponent(query)}`);
      const frame = page.frameLocator('iframe');
      await expect(frame.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
      const ready = 'record' in example ? example.record.ready : `[data-result="${example.figure.name}"]`;
      await expect(frame.locator(ready).first()).toBeVisible({ timeout: 15_000 });
      await page.waitForTimeout(600); // past the pause after which the heavy parts load
      expect(await violations(), tool).toEqual([]);
    }
  });

  test('a page that is not an embed refuses to be framed there (frame-ancestors)', async ({ page }) => {
    const refused: string[] = [];
    page.on('console', (m) => { if (/frame-ancestors/.test(m.text())) refused.push(m.text()); });
    await page.goto(`${hostOrigin}/?frame=/en/tools/apr/`);
    await expect.poll(() => refused.length, { message: 'Chromium reports the refused frame' }).toBeGreaterThan(0);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    // The refused frame never holds our page: no island, no title of ours.
    expect(await frame?.evaluate(() => document.querySelector('astro-island') === null).catch(() => true)).toBe(true);
  });
});
