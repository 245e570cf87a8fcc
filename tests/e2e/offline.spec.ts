import { test, expect, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expected } from '../vectors/by-id';
import { LOCALES } from '../../src/i18n/locales';

const OFFLINE_TITLE_ZH_HANS = JSON.parse(readFileSync('src/i18n/ui/offline/zh-Hans.json', 'utf8'))['offline.title'] as string;

/**
 * Offline after one visit, in real Chromium with the browser context offline (no mock): the service worker
 * (src/offline/worker/service-worker.ts) must serve the tools, their lazily loaded chunks and the pages read.
 */
// The other specs block service workers (playwright.config.ts); these are about them.
test.use({ serviceWorkers: 'allow' });

const hydrated = (page: Page) => expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/);

/** The worker controls the page and has kept `paths` (the wait a reader does not see: installation runs in the background). */
async function workerReady(page: Page, keptPaths: string[] = []) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 }).toBe(true);
  for (const path of keptPaths) {
    await expect.poll(() => page.evaluate(async (p) => (await caches.match(p)) !== undefined, path), { timeout: 20_000 }).toBe(true);
  }
}

test('after home, an article and the APR tool, the tools and that article work with no network', async ({ page, context }) => {
  const article = '/zh-hans/articles/true-cost/';
  await page.goto('/zh-hans/');
  await page.goto(article);
  const articleTitle = await page.locator('h1').first().innerText();
  // As a reader does: from the article to the tool it points to (the article was read before the worker existed).
  await page.locator('main a[href$="tools/apr/"]').first().click();
  await expect(page).toHaveURL(/\/zh-hans\/tools\/apr\/$/);
  await hydrated(page);
  await workerReady(page, [article]);

  await context.setOffline(true);
  await page.reload();
  await hydrated(page);
  // flat-02: 1万 over 12 months at a 0.6 % monthly fee; the result needs the engine half, loaded lazily.
  await page.locator('#mode-quote').check();
  await page.locator('#amount').fill('1万');
  await page.locator('#months').fill('12');
  await page.locator('#method-flat-fee').check();
  await page.locator('#rateKind-monthlyFeePct').check();
  await page.locator('#monthlyFeePct').fill('0.6');
  await expect(page.locator('[data-result="aprPct"]')).toContainText(`${expected('flat-02', 'aprPct')}%`);

  // The article read before the tool.
  await page.goto(article);
  await expect(page.locator('h1').first()).toHaveText(articleTitle);
  await expect(page.locator('h1').first()).not.toHaveText(OFFLINE_TITLE_ZH_HANS);

  // A tool never opened: the schedule, with its chart (chart.js arrives only when the chart opens).
  await page.goto('/zh-hans/tools/schedule/');
  await hydrated(page);
  await page.getByRole('radio', { name: /^等本等息/ }).check();
  await page.getByRole('textbox', { name: '月费率（%）' }).fill('0.6');
  await page.getByRole('textbox', { name: '借款金额（元）' }).fill('1万');
  await page.getByRole('textbox', { name: '期数（月）' }).fill('12');
  await expect(page.locator('[data-results="summary"] [data-result="totalInterest"]').first()).toHaveAttribute('data-value', '720.00');
  await page.getByRole('button', { name: '显示图表' }).click();
  await expect(page.locator('.mz-chart canvas')).toBeVisible();

  // Deadlines, never opened: a deadline and its .ics file.
  await page.goto('/zh-hans/tools/deadlines/');
  await hydrated(page);
  await page.locator('#document').check();
  await page.locator('#receivedOn').fill('2026年11月3日');
  await expect(page.locator('[data-result="lastDay"]')).toHaveAttribute('data-value', '2026-11-18');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-results="court"] .mz-actions button').first().click()]);
  expect(readFileSync(await download.path(), 'utf8')).toMatch(/DTSTART[^\r\n]*20261118/);

  // Letters, never opened: the first letter (name, lender, monthly, months) is written on the device.
  await page.goto('/zh-hans/tools/letters/');
  await hydrated(page);
  await page.locator('#letter').check();
  for (const [field, value] of [['name', '王小明'], ['lender', '某某贷'], ['monthly', '800'], ['months', '36']]) await page.locator(`#${field}`).fill(value as string);
  await expect(page.locator('#letter-text')).toHaveValue(/某某贷/);

  // The collection log, never opened: an entry goes to IndexedDB and is still there after an offline reload.
  await page.goto('/zh-hans/tools/collection-log/');
  await hydrated(page);
  await expect(page.locator('[data-log-state="ready"]')).toBeVisible();
  await page.locator('#log-at').fill('2026-03-02T10:15');
  await page.locator('#log-channel').check();
  await page.locator('#log-collector').fill('某催收公司');
  await page.locator('#log-answered').check();
  await page.locator('#log-contacted').check();
  await page.locator('.mz-log-add button[type="submit"]').click();
  await expect(page.locator('[data-log-saved]')).toContainText('2026-03-02 10:15');
  await page.reload();
  await expect(page.locator('[data-log-state="ready"]')).toBeVisible();
  await expect(page.locator('.mz-log-entries [data-entry-id]')).toHaveCount(1);
  await expect(page.locator('.mz-log-entries [data-entry-id]')).toContainText('某催收公司');

  // The home page, precached.
  await page.goto('/zh-hans/');
  await expect(page.locator('h1').first()).not.toHaveText(OFFLINE_TITLE_ZH_HANS);
});

for (const locale of LOCALES) {
  test(`offline page (${locale}): an unread article and search say so, and list what is kept`, async ({ page, context }) => {
    const read = `/${locale}/articles/true-cost/`;
    // The offline page's own words (zh-hant's are derived at build time), read while online.
    await page.goto(`/${locale}/offline/`);
    const title = await page.locator('h1').innerText();
    const searchNote = (await page.locator('main p').last().innerText()).trim();
    await page.goto(`/${locale}/tools/letters/`);
    await hydrated(page);
    await workerReady(page);
    await page.goto(read); // read while online, under the worker: kept
    await workerReady(page, [read]);
    await context.setOffline(true);

    await page.goto(`/${locale}/articles/sued/`);
    await expect(page.locator('h1')).toHaveText(title);
    await expect(page.locator(`main li a[href="${read}"]`)).toBeVisible();
    await expect(page.locator(`main li a[href="/${locale}/articles/sued/"]`)).toBeHidden();
    await expect(page.locator('main a[href$="/tools/apr/"]')).toBeVisible();
    await expect(page.locator('[data-mz-kept-none]')).toBeHidden();

    await page.goto(`/${locale}/search/?q=abc`);
    await expect(page.locator('h1')).toHaveText(title);
    await expect(page.locator('main')).toContainText(searchNote);
  });
}

/** A port no one listens on (other checkouts test in parallel on their own ports). */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * An update, without a second build: a copy of dist/ on a second port, whose root worker is then changed as a
 * deploy would change it (another build id). The new worker must wait, the page must say so, and "reload"
 * must hand over and reload the page once; the article kept under the old build moves to the new one.
 */
test('a page of another build is never kept; a new deploy waits, the page says so, and Reload hands over once', async ({ page }) => {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const copy = mkdtempSync(join(tmpdir(), 'mz-update-'));
  cpSync('dist', copy, { recursive: true });
  const server = spawn(process.execPath, ['scripts/serve-dist.mjs', copy, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await new Promise((resolve) => server.stdout.once('data', resolve));
    const article = `${origin}/zh-hans/articles/true-cost/`;
    await page.goto(`${origin}/zh-hans/tools/apr/`);
    await hydrated(page);
    await workerReady(page);
    await page.goto(article);
    await workerReady(page, [article]);
    const pageCaches = () => page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('mz-pages-zh-hans-')));
    const [oldCache] = await pageCaches();
    expect(oldCache).toBeTruthy();
    const oldBuild = (oldCache as string).slice('mz-pages-zh-hans-'.length);

    // A page naming a chunk this build does not have (as a newer deploy's page would) is shown, never kept.
    const foreignPage = join(copy, 'zh-hans/articles/sued/index.html');
    writeFileSync(foreignPage, readFileSync(foreignPage, 'utf8').replace('</head>', '<link rel="stylesheet" href="/_astro/base.OTHERBUILD.css"></head>'));
    await page.goto(`${origin}/zh-hans/articles/sued/`);
    await page.goto(`${origin}/zh-hans/glossary/`);
    await workerReady(page, [`${origin}/zh-hans/glossary/`]);
    expect(await page.evaluate(async (url) => (await caches.match(url)) === undefined, `${origin}/zh-hans/articles/sued/`)).toBe(true);

    // The deploy: the same files under a new build id.
    const worker = join(copy, 'sw.js');
    writeFileSync(worker, readFileSync(worker, 'utf8').replaceAll(oldBuild, 'newbuild0001'));

    await page.goto(`${origin}/zh-hans/tools/apr/`);
    await hydrated(page);
    const notice = page.locator('[data-mz-update]');
    await expect(notice).toBeVisible({ timeout: 20_000 });
    // Waiting, not active: the page still runs under the old build's worker.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true);
    expect(await pageCaches()).toEqual([oldCache]);

    let loads = 0;
    page.on('load', () => (loads += 1));
    await notice.getByRole('button').click();
    await expect.poll(() => loads, { timeout: 20_000 }).toBe(1);
    await hydrated(page);
    await expect(notice).toBeHidden();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
    await expect.poll(pageCaches).toEqual(['mz-pages-zh-hans-newbuild0001']);
    expect(await page.evaluate(async (url) => (await caches.match(url)) !== undefined, article)).toBe(true);
    await page.waitForTimeout(1000);
    expect(loads).toBe(1);
  } finally {
    server.kill();
    rmSync(copy, { recursive: true, force: true });
  }
});
