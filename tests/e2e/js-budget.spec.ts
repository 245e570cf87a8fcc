import { test, expect } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { TOOL_IDS } from '../../src/tools';

/**
 * What a reader's phone downloads: every JavaScript response a page loads before any interaction
 * (static imports and the chunks islands fetch on hydration alike), gzip -9. Calculator pages report
 * against the 30 KB target; chart.js must not arrive until a chart is opened.
 */
const TARGET_KIB = 30;
// A regression guard above today's figures (apr 50.1, payoff 46.8, schedule 43.5 KiB after the Chinese-numeral parser,
// the APR payment mode and the float-certified APR with whole-fen schedules landed), not the target: the note reports
// the measured numbers.
const CEILING_KIB = 52;

for (const tool of TOOL_IDS) {
  test(`JS budget: ${tool} tool page, and chart.js only when the chart opens`, async ({ page }) => {
    const scripts = new Map<string, number>();
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      scripts.set(response.url(), gzipSync(await response.body(), { level: 9 }).length);
    });
    await page.goto(`/en/tools/${tool}/`, { waitUntil: 'networkidle' });
    const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join(''));
    const total = [...scripts.values()].reduce((a, b) => a + b, 0) + gzipSync(inline, { level: 9 }).length;
    const kib = total / 1024;
    console.log(`JS before any chart, ${tool}: ${kib.toFixed(1)} KiB gzip (${scripts.size} files; target ${TARGET_KIB} KB)`);
    test.info().annotations.push({ type: 'js-kib', description: `${tool} ${kib.toFixed(1)}` });
    expect([...scripts.keys()].filter((url) => /chart/i.test(url.split('/').pop() ?? '') && !/ChartWithTable/.test(url))).toEqual([]);
    expect(kib).toBeLessThan(CEILING_KIB);
  });
}

test('home and article pages load no JavaScript at all', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  for (const path of ['/', '/en/', '/zh-hant/articles/true-cost/', '/en/articles/sued/']) await page.goto(path, { waitUntil: 'networkidle' });
  expect(scripts).toEqual([]);
  expect(await page.locator('script').count()).toBe(0);
});
