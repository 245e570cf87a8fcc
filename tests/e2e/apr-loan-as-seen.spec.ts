import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import Decimal from 'decimal.js';
import { LOCALES } from '../../src/i18n/locales';
import { VECTOR_FILES } from '../vectors/by-id';
import { readFileSync } from 'node:fs';

/**
 * The APR calculator takes the loan the way an app shows it: 借款 / 到手 / 期数 / 每期还款, in Chinese
 * numerals too; a pasted quote fills the form once the reader confirms; the verdict reads first as one
 * sentence, and a contract after our LPR data still gets its lines.
 */
const shown = (value: string | null) => new Decimal(value ?? 'NaN').toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
const figure = (page: Page, name: string) => page.locator(`[data-result="${name}"]`).first();
async function expectFigure(page: Page, name: string, expected: string) {
  await expect.poll(async () => shown(await figure(page, name).getAttribute('data-value')), { timeout: 15_000 }).toBe(expected);
}
async function open(page: Page, path: string) {
  // A new document each time: going to the same path with another #fragment would not reload the page.
  await page.goto('about:blank');
  await page.goto(path);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
}

for (const locale of LOCALES) {
  test(`${locale}: 1万 / 九千 / 十二期 / 壹仟元 is 56.75 %, with the payment, total and cost beside it; the same by total repaid`, async ({ page }) => {
    await open(page, `/${locale}/tools/apr/`);
    await expect(page.locator('#mode')).toBeChecked(); // the payment mode comes first
    await page.locator('#amount').fill('1万');
    await page.locator('#received').fill('九千');
    await page.locator('#months').fill('十二期');
    await page.locator('#payment').fill('壹仟元');
    await expectFigure(page, 'aprPct', '56.75');
    await expectFigure(page, 'payment', '1000.00');
    await expectFigure(page, 'totalRepaid', '12000.00');
    await expectFigure(page, 'totalCost', '3000.00');
    await page.locator('#payment').fill('');
    await page.locator('#totalRepaid').fill('12000');
    await expectFigure(page, 'aprPct', '56.75');
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  test(`${locale}: a pasted quote is read, shown with its words, and fills the form only when confirmed`, async ({ page }) => {
    await open(page, `/${locale}/tools/apr/`);
    await page.locator('.mz-paste > summary').click();
    await page.locator('#quote-paste').fill('借款金额：10,000.00元\n借款期限：12期\n每期应还：1,000.00元\n服务费：1,000.00元\n实际到账：9,000.00元');
    await page.locator('.mz-paste button').first().click();
    await expect(page.locator('[data-quote-field="payment"]')).toContainText('每期应还：1,000.00元');
    await expect(page.locator('#amount')).toHaveValue(''); // nothing filled before the reader confirms
    await page.locator('.mz-paste .mz-button:not(.mz-button--secondary)').click();
    await expect(page.locator('#amount')).toHaveValue('10000');
    await expectFigure(page, 'aprPct', '56.75');
  });
}

test('every periodic vector with one equal monthly payment reproduces through a #link of the payment form', async ({ page }) => {
  const cases = VECTOR_FILES.flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as Array<{ id: string; input: { periodic?: { received: string; payment?: string; count: number; periodsPerYear: number } }; expect: { aprPct?: string } }>)
    .filter((c) => c.input.periodic?.payment && c.input.periodic.periodsPerYear === 12 && c.expect.aprPct);
  expect(cases.length).toBeGreaterThan(2);
  for (const c of cases) {
    const p = c.input.periodic!;
    await open(page, `/en/tools/apr/#amount=${p.received}&received=${p.received}&months=${p.count}&payment=${p.payment}`);
    await expectFigure(page, 'aprPct', c.expect.aprPct!);
  }
});

test('a contract dated 2026-10-01 (after our LPR data) shows the 24 % line with a status and 4 × LPR as assumed; a typed LPR replaces it', async ({ page }) => {
  await open(page, '/en/tools/apr/#amount=10000&received=9000&months=12&payment=1000&contractDate=2026-10-01&lender=licensed');
  const line24 = page.locator('[data-legal-line="annual24"]');
  await expect(line24).toHaveAttribute('data-status', 'above');
  await expect(page.locator('[data-verdict="above"]')).toContainText('56.75');
  const lpr = page.locator('[data-legal-line="fourTimesLpr"]').first();
  await expect(lpr).toHaveAttribute('data-status', 'assumed');
  await page.locator('#lpr').fill('3.0');
  await expect(page.locator('[data-legal-line="fourTimesLpr"]').first()).toContainText('12.00%');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('guards: received above the amount, a contract date after today, a daily rate that is probably 万分之', async ({ page }) => {
  await open(page, '/zh-hans/tools/apr/#amount=9000&received=10000&months=12&payment=1000');
  await expect(page.locator('#received-error')).toBeVisible();
  await open(page, '/zh-hans/tools/apr/#amount=1000&months=1&dailyPct=5');
  await expect(page.locator('[data-checks]')).toContainText('万分之5');
  await expect(figure(page, 'aprPct')).toBeVisible(); // the check does not block the figure
  await open(page, '/zh-hans/tools/apr/#amount=1000&months=12&payment=100&contractDate=2999-01-01');
  await expect(page.locator('#contractDate-error')).toBeVisible();
});
