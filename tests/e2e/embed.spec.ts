import { test, expect } from '@playwright/test';
import Decimal from 'decimal.js';
import { LOCALES } from '../../src/i18n/locales';
import { EMBEDDABLE_TOOL_IDS } from '../../src/tools';

const shown = (value: string | null) => new Decimal(value ?? 'NaN').toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

test('an NGO page embeds the APR calculator with the snippet; it computes inside the frame and sizes itself', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  // The host page is another origin (about:blank), as on an NGO's site.
  await page.setContent(`<main><h1>Our help page</h1><script src="${baseURL}/embed.js" data-calculator="apr" data-locale="en" async></script></main>`);
  const frameElement = page.locator('iframe');
  await expect(frameElement).toHaveAttribute('title', 'Mingzhang tool: True APR');
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  const before = (await frameElement.boundingBox())?.height ?? 0;
  await frame.locator('#mode-quote').check();
  await frame.locator('#amount').fill('10000');
  await frame.locator('#months').fill('12');
  await frame.locator('#method-flat-fee').check();
  await frame.locator('#rateKind-monthlyFeePct').check();
  await frame.locator('#monthlyFeePct').fill('0.6');
  await expect.poll(async () => shown(await frame.locator('[data-result="aprPct"]').getAttribute('data-value'))).toBe('13.03');
  // The frame reported its new height and the snippet applied it (no inner scrollbar).
  await expect.poll(async () => (await frameElement.boundingBox())?.height ?? 0).toBeGreaterThan(before);
  // Links inside the frame open in a new tab instead of replacing the calculator.
  await expect(frame.locator('base')).toHaveAttribute('target', '_blank');
  expect(requests.filter((url) => !url.startsWith(baseURL as string) && !url.startsWith('about:') && !url.startsWith('data:'))).toEqual([]);
});

test('embed pages exist for every embeddable tool and locale and are not indexed', async ({ page }) => {
  for (const locale of LOCALES) {
    for (const calculator of EMBEDDABLE_TOOL_IDS) {
      const response = await page.goto(`/embed/${locale}/${calculator}/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      await expect(page.locator('header, footer')).toHaveCount(0);
    }
  }
});

test('the widgets page gives a copy-ready snippet for each calculator', async ({ page }) => {
  await page.goto('/zh-hans/widgets/');
  await expect(page.locator('pre code')).toHaveCount(EMBEDDABLE_TOOL_IDS.length);
  await expect(page.locator('pre code').first()).toContainText('data-calculator="apr" data-locale="zh-hans"');
});
