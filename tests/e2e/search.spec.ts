import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { LOCALES } from '../../src/i18n/locales';

/**
 * Site search on the built site (`npm run build` runs Pagefind): typed like a reader would, in every locale,
 * with Chinese and English queries; zh-Hant also finds results when the reader types Simplified characters.
 */
const CREDIT_REPORT = /\/articles\/credit-report\/$/;
const UPFRONT_INTEREST = /\/(articles\/true-cost|glossary)\/$/;
const TRUE_COST = /\/articles\/true-cost\/$/;

const CASES = [
  { locale: 'zh-hans', query: '征信', expected: CREDIT_REPORT },
  { locale: 'zh-hans', query: '砍头息', expected: UPFRONT_INTEREST },
  { locale: 'zh-hans', query: 'APR', expected: TRUE_COST },
  { locale: 'zh-hant', query: '徵信', expected: CREDIT_REPORT },
  { locale: 'zh-hant', query: '征信', expected: CREDIT_REPORT }, // Simplified typed on the Traditional site
  { locale: 'zh-hant', query: '砍頭息', expected: UPFRONT_INTEREST },
  { locale: 'zh-hant', query: '砍头息', expected: UPFRONT_INTEREST }, // Simplified typed on the Traditional site
  { locale: 'zh-hant', query: 'APR', expected: TRUE_COST },
  { locale: 'en', query: '征信', expected: CREDIT_REPORT }, // English pages give the Chinese term in parentheses
  { locale: 'en', query: '砍头息', expected: UPFRONT_INTEREST },
  { locale: 'en', query: 'APR', expected: TRUE_COST },
  { locale: 'en', query: 'credit report', expected: CREDIT_REPORT },
] as const;

/** Records every request that leaves the page's origin. */
function watchForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
  });
  return foreign;
}

const resultLinks = (page: Page) => page.locator('#search-results li a');
const hrefsOf = (page: Page) => resultLinks(page).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

async function searchLikeAReader(page: Page, locale: string, query: string) {
  await page.goto(`/${locale}/search/`);
  const box = page.getByRole('search').getByRole('searchbox');
  await box.fill(query);
  await box.press('Enter');
}

for (const { locale, query, expected } of CASES) {
  test(`search ${locale}: "${query}" finds ${expected.source}`, async ({ page, baseURL }) => {
    const foreign = watchForeignRequests(page, new URL(baseURL as string).origin);
    await searchLikeAReader(page, locale, query);
    await expect.poll(() => hrefsOf(page), { message: `results for ${query} in ${locale}` }).toContainEqual(expect.stringMatching(expected));
    // Every result stays in the reader's locale, and the count is announced in the live region.
    expect((await hrefsOf(page)).every((href) => href.startsWith(`/${locale}/`))).toBe(true);
    const status = page.locator('#search-status');
    await expect(status).toHaveAttribute('aria-live', 'polite');
    await expect(status).toContainText(String(await resultLinks(page).count()));
    // The query stays on the device: not in the address, not in the history.
    await expect(page).toHaveURL(new RegExp(`/${locale}/search/$`));
    expect(foreign).toEqual([]);
  });
}

test('zh-Hant: Simplified and Traditional spellings find the same pages', async ({ page }) => {
  for (const [simplified, traditional] of [['征信', '徵信'], ['砍头息', '砍頭息']] as const) {
    await searchLikeAReader(page, 'zh-hant', traditional);
    await expect(resultLinks(page).first()).toBeVisible();
    const fromTraditional = (await hrefsOf(page)).sort();
    await searchLikeAReader(page, 'zh-hant', simplified);
    await expect(resultLinks(page).first()).toBeVisible();
    expect((await hrefsOf(page)).sort()).toEqual(fromTraditional);
  }
});

test('the search form works as a plain GET form: ?q= in the address shows results', async ({ page }) => {
  await page.goto('/en/search/?q=APR');
  await expect(page.getByRole('search').getByRole('searchbox')).toHaveValue('APR');
  await expect.poll(() => hrefsOf(page)).toContainEqual(expect.stringMatching(TRUE_COST));
  await expect(page.locator('form[role="search"]')).toHaveAttribute('method', 'get');
  // Read once, then cleared from the address (and so from the history entry).
  await expect(page).toHaveURL(/\/en\/search\/$/);
});

test('a query with no match says so', async ({ page }) => {
  await searchLikeAReader(page, 'en', 'qqqjjjxxxvvv');
  await expect(page.locator('#search-status')).toHaveText(/Nothing found for “qqqjjjxxxvvv”/);
  await expect(resultLinks(page)).toHaveCount(0);
});

for (const locale of LOCALES) {
  test(`search page ${locale} passes axe with results shown`, async ({ page }) => {
    await searchLikeAReader(page, locale, 'APR');
    await expect(resultLinks(page).first()).toBeVisible();
    await expect(page.locator('#search-results mark').first()).toBeVisible();
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}
