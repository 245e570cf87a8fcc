import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import Decimal from 'decimal.js';
import { copiedLink, expectCleanAddress } from './support/share';

/** Expected figures come from tests/vectors/engine.json (flat-02, flat-04, daily-02, daily-01). */
import { LOCALES } from '../../src/i18n/locales';
const shown = (value: string | null) => new Decimal(value ?? 'NaN').toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

async function open(page: Page, path: string) {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1')) foreign.push(r.url());
  });
  await page.goto(path);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  return foreign;
}
const result = (page: Page, name: string) => page.locator(`[data-result="${name}"]`);
async function expectFigure(page: Page, name: string, expected: string) {
  await expect.poll(async () => shown(await result(page, name).getAttribute('data-value'))).toBe(expected);
}

for (const locale of LOCALES) {
  test.describe(`APR calculator (${locale})`, () => {
    test('a 1万 loan at a 0.6 % monthly fee over 12 months is 13.03 % APR (flat-02)', async ({ page }) => {
      const foreign = await open(page, `/${locale}/tools/apr/`);
      await page.locator('#mode-quote').check();
      await page.locator('#amount').fill('1万');
      await page.locator('#months').fill('12');
      await page.locator('#method-flat-fee').check();
      await page.locator('#rateKind-monthlyFeePct').check();
      await page.locator('#monthlyFeePct').fill('0.6');
      await expectFigure(page, 'aprPct', '13.03');
      await expectFigure(page, 'effectivePct', '13.84');
      await expectFigure(page, 'totalCost', '720.00');
      await expect(result(page, 'aprPct')).toContainText('13.03%');
      await expect(result(page, 'totalCost')).toContainText('720.00');
      // No input in the address while typing; the share link carries them in its fragment.
      await expectCleanAddress(page);
      const shared = await copiedLink(page);
      expect(shared).toMatch(new RegExp(`/${locale}/tools/apr/#amount=1%E4%B8%87.*months=12.*method=flat-fee.*monthlyFeePct=0.6`));
      const second = await page.context().newPage();
      await open(second, shared);
      await expectFigure(second, 'aprPct', '13.03');
      expect(foreign).toEqual([]);
    });

    test('full-width digits: １００００ over ２４期 at 0.6 % is 13.27 % (flat-04)', async ({ page }) => {
      await open(page, `/${locale}/tools/apr/`);
      await page.locator('#mode-quote').check();
      await page.locator('#amount').fill('１００００');
      await page.locator('#months').fill('２４期');
      await page.locator('#method-flat-fee').check();
      await page.locator('#rateKind-monthlyFeePct').check();
      await page.locator('#monthlyFeePct').fill('０.６%');
      await expectFigure(page, 'aprPct', '13.27');
      await expectFigure(page, 'effectivePct', '14.10');
    });

    test('a shared link with a daily rate opens with its result (daily-02)', async ({ page }) => {
      await open(page, `/${locale}/tools/apr/?amount=10000&months=12&method=equal-installment&dailyPct=0.05&dayBasis=360`);
      await expect(page.locator('#dailyPct')).toHaveValue('0.05');
      await expectFigure(page, 'aprPct', '18.00');
      await expectFigure(page, 'effectivePct', '19.56');
    });

    test('a cash-flow table pasted from a spreadsheet gives the EU APRC (daily-01)', async ({ page }) => {
      const foreign = await open(page, `/${locale}/tools/apr/`);
      await page.locator('#mode-flows').check();
      await page.locator('#flows-paste').fill('日期\t金额\n2025-03-01\t5000\n2025-03-31\t-5,075\n');
      await page.locator('#flows-paste').locator('xpath=following-sibling::div//button').click();
      await expect(page.locator('#flows-1-amount')).toHaveValue('-5,075');
      await expectFigure(page, 'aprcPct', '19.86');
      await expectCleanAddress(page);
      const shared = await copiedLink(page);
      expect(shared).toMatch(/#.*flows=2025-03-01/);
      // A link with flows opens the flows mode.
      const second = await page.context().newPage();
      await open(second, shared);
      await expect(second.locator('#mode-flows')).toBeChecked();
      await expectFigure(second, 'aprcPct', '19.86');
      expect(foreign).toEqual([]);
    });
  });
}

test('the legal-line verdict: 13.03 % from a private lender in June 2025 is above 4 × LPR (12 %)', async ({ page }) => {
  await open(page, '/en/tools/apr/?amount=10000&months=12&method=flat-fee&monthlyFeePct=0.6&contractDate=2025-06-01&lender=private');
  const line = page.locator('[data-legal-line="fourTimesLpr"]');
  await expect(line).toHaveAttribute('data-status', 'above');
  await expect(line).toHaveAttribute('data-rule', 'protectedCeiling');
  await expect(line).toContainText('12.00%');
  await expect(page.getByRole('link', { name: 'Which line applies to whom, and how' })).toHaveAttribute('href', '/en/articles/interest-limits/');
});

test('errors: message next to the field on blur, summary with focus on submit, title prefix, and no axe violation', async ({ page }) => {
  await open(page, '/zh-hans/tools/apr/');
  await page.locator('#amount').fill('1.234,56');
  await expect(page.locator('#amount-error')).toHaveCount(0); // not while typing
  await page.locator('#months').focus();
  await expect(page.locator('#amount-error')).toContainText('1234.56');
  await expect(page.locator('#amount')).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: '计算' }).click();
  const summary = page.locator('.mz-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveCount(3); // amount, months, rate
  await expect(page).toHaveTitle(/^错误：/);
  await expect(page.locator('[data-result]')).toHaveCount(0);
  await expect(page.locator('.mz-results')).not.toContainText(/NaN|Infinity/);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await summary.getByRole('link').first().click();
  await expect(page.locator('#amount')).toBeFocused();
});

test('enormous and absurd inputs get messages, never a frozen page or NaN', async ({ page }) => {
  await open(page, '/en/tools/apr/');
  await page.locator('#mode-quote').check();
  for (const [amount, months, rate, message] of [
    ['9999999999999999', '12', '10', /or less/],
    ['10000', '9999', '10', /between 1 and 600/],
    ['10000', '12', '99999999', /too high/],
  ] as const) {
    await page.locator('#amount').fill(amount);
    await page.locator('#months').fill(months);
    await page.locator('#annualPct').fill(rate);
    await page.getByRole('button', { name: 'Calculate' }).click();
    await expect(page.locator('.mz-error-summary')).toContainText(message);
    await expect(page.locator('body')).not.toContainText(/NaN|Infinity/);
  }
});

test('inputs are remembered on this device only when asked, and forgotten on request', async ({ page }) => {
  await open(page, '/en/tools/apr/');
  await page.locator('#amount').fill('5000');
  await page.getByLabel('Remember my inputs on this device').check();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('mz:apr:v1') ?? '')).toContain('5000');
  await page.goto('/en/tools/apr/');
  await expect(page.locator('#amount')).toHaveValue('5000');
  await page.getByRole('button', { name: 'Forget saved inputs' }).click();
  await expect(page.locator('#amount')).toHaveValue('');
  expect(await page.evaluate(() => localStorage.getItem('mz:apr:v1'))).toBeNull();
});
