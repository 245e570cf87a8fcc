import { test, expect, type Page } from '@playwright/test';
import { copiedLink, expectCleanAddress } from './support/share';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

/**
 * The payoff calculator in every locale: typed like a user (万, full-width digits, 日息), the figures
 * match the engine vectors, links reproduce results, errors follow GOV.UK and pass axe, the chart
 * loads chart.js only when opened, CSV has a BOM, nothing leaves the origin.
 */
interface Vector {
  id: string;
  input: { debts: Array<{ name: string; balance: string; aprPct: string; minPayment: string }>; monthlyBudget?: string };
  expect: { months?: number; totalInterest?: string; totalPaid?: string; debts?: Array<{ payoffMonth: number }>; issue?: string };
}
const vectors = JSON.parse(readFileSync('tests/vectors/engine.json', 'utf8')) as Vector[];
const vector = (id: string) => vectors.find((v) => v.id === id) as Vector;

import { LOCALES } from '../../src/i18n/locales';
type Locale = (typeof LOCALES)[number];

// Accessible names, matching zh-Hans and its derived zh-Hant spelling.
const zh = (n: number, field: string) => new RegExp(`^第 ${n} [笔筆][债債][务務] ${field}$`);
const CELL: Record<'name' | 'balance' | 'rate' | 'min', { zh: string; en: string }> = {
  name: { zh: '名[称稱]（可不填）', en: 'Name (optional)' },
  balance: { zh: '[现現]在欠款', en: 'Owed now' },
  rate: { zh: '年利率（%）', en: 'Annual rate (%)' },
  min: { zh: '每月最低[还還]款', en: 'Minimum monthly payment' },
};
const cell = (page: Page, locale: Locale, n: number, which: keyof typeof CELL) =>
  page.getByLabel(locale === 'en' ? `Debt ${n} ${CELL[which].en}` : zh(n, CELL[which].zh), { exact: true });
const budget = (page: Page, locale: Locale) => page.getByLabel(locale === 'en' ? /^Total you can pay each month/ : /^每月用[来來][还還][债債]的[总總][额額]/);
const button = (page: Page, locale: Locale, en: string, zhText: RegExp) => page.getByRole('button', { name: locale === 'en' ? en : zhText });

const figure = (page: Page, strategy: string, name: string) => page.locator(`[data-strategy="${strategy}"] [data-result="${name}"]`);

async function open(page: Page, locale: Locale, query = '') {
  await page.goto(`/${locale}/tools/payoff/${query}`);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
}

/** Types the three debts of the debt-3 vectors, with 万 and full-width digits as people type them. */
async function typeDebt3(page: Page, locale: Locale) {
  const typed = [
    ['A small low-rate loan', '１５００', '8', '50'],
    ['B credit card', '6,000', '24%', '１８０'],
    ['C personal loan', '1万', '12', '220'],
  ];
  await button(page, locale, 'Add another debt', /再添一[笔筆][债債][务務]/).click();
  await button(page, locale, 'Add another debt', /再添一[笔筆][债債][务務]/).click();
  for (const [i, [name, bal, rate, min]] of typed.entries()) {
    await cell(page, locale, i + 1, 'name').fill(name as string);
    await cell(page, locale, i + 1, 'balance').fill(bal as string);
    await cell(page, locale, i + 1, 'rate').fill(rate as string);
    await cell(page, locale, i + 1, 'min').fill(min as string);
  }
}

async function expectFigures(page: Page, strategy: string, v: Vector) {
  await expect(figure(page, strategy, 'months')).toHaveAttribute('data-value', String(v.expect.months));
  await expect(figure(page, strategy, 'totalInterest')).toHaveAttribute('data-value', v.expect.totalInterest as string);
  if (v.expect.totalPaid) await expect(figure(page, strategy, 'totalPaid')).toHaveAttribute('data-value', v.expect.totalPaid);
}

for (const locale of LOCALES) {
  test.describe(`payoff ${locale}`, () => {
    test('typed debts match debt-3-avalanche, -snowball and -minimums-only side by side', async ({ page, baseURL }) => {
      const foreign: string[] = [];
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL as string).origin) foreign.push(r.url());
      });
      await open(page, locale);
      await typeDebt3(page, locale);
      await budget(page, locale).fill('800');
      await expectFigures(page, 'avalanche', vector('debt-3-avalanche'));
      await expectFigures(page, 'snowball', vector('debt-3-snowball'));
      await expectFigures(page, 'minimums', vector('debt-3-minimums-only'));
      // Payoff month per debt, per strategy, in the by-debt table.
      for (const [strategy, id] of [['avalanche', 'debt-3-avalanche'], ['snowball', 'debt-3-snowball'], ['minimums', 'debt-3-minimums-only']] as const) {
        const months = (vector(id).expect.debts ?? []).map((d) => String(d.payoffMonth));
        const cells = await page.locator(`td[data-debt-payoff="${strategy}"]`).allTextContents();
        expect(cells.map((c) => /\d+/.exec(c)?.[0])).toEqual(months);
      }
      // Visible text is localized money.
      await expect(figure(page, 'avalanche', 'totalInterest')).toContainText('2,785.39');

      // No input in the address; the share link (inputs in its fragment) gives the same result elsewhere.
      await expectCleanAddress(page);
      const shared = await copiedLink(page);
      expect(shared).toMatch(/#.*budget=800/);
      const other = await page.context().newPage();
      await other.goto(shared);
      await expect(other.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
      await expectFigures(other, 'avalanche', vector('debt-3-avalanche'));
      await expect(cell(other, locale, 3, 'balance')).toHaveValue('1万');
      expect(foreign).toEqual([]);
    });

    test('debt-1-check from a shared link; start month dates the plan', async ({ page }) => {
      const v = vector('debt-1-check');
      await open(page, locale, '?debts=card:10000:20:250&budget=500&strategy=avalanche');
      await expectFigures(page, 'avalanche', v);
      await page.getByLabel(locale === 'en' ? /^First month/ : /^第一[个個]月/).fill('2025-11');
      await expect(figure(page, 'avalanche', 'debtFreeMonth')).toHaveAttribute('data-value', '2027-11');
    });

    test('debt-3-infeasible: budget below the minimums shows the figure needed, summary takes focus, axe passes', async ({ page }) => {
      await open(page, locale);
      await typeDebt3(page, locale);
      await budget(page, locale).fill('400');
      await expect(page.locator('.mz-results')).toContainText('450');
      await page.getByRole('button', { name: locale === 'en' ? 'Calculate' : /^[计計]算$/ }).click();
      const summary = page.locator('.mz-error-summary');
      await expect(summary).toBeFocused();
      await expect(summary).toContainText('450');
      await expect(page.locator('#budget-error')).toContainText('450');
      await expect(budget(page, locale)).toHaveAttribute('aria-invalid', 'true');
      await expect(page).toHaveTitle(locale === 'en' ? /^Error: / : /^[错錯][误誤]：/);
      await expect(page.locator('[data-strategy]')).toHaveCount(0);
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    });

    test('format problems wait for blur; a minimum below the interest names the figure', async ({ page }) => {
      await open(page, locale);
      await cell(page, locale, 1, 'balance').fill('abc');
      await expect(page.locator('#debt-0-balance-error')).toHaveCount(0);
      await cell(page, locale, 1, 'rate').focus();
      await expect(page.locator('#debt-0-balance-error')).toBeVisible();
      await cell(page, locale, 1, 'balance').fill('10000');
      await cell(page, locale, 1, 'rate').fill('日息0.05%');
      await expect(page.locator('#debt-0-rate-hint')).toContainText('18.00%');
      await cell(page, locale, 1, 'min').fill('100');
      await page.getByLabel(locale === 'en' ? 'Pay only the minimums' : /只[还還]最低[还還]款/).check();
      await budget(page, locale).focus();
      await expect(page.locator('#debt-0-minPayment-error')).toContainText('150.01');
    });

    test('rows: add, remove, reorder with named buttons; custom order joins the comparison', async ({ page }) => {
      await open(page, locale, '?debts=a:1000:10:100;b:2000:20:100&budget=500');
      await page.getByLabel(locale === 'en' ? /^My own order/ : /^自己定[顺順]序/).check();
      await expect(page.locator('[data-strategy="custom"] [data-result="months"]')).toBeVisible();
      await button(page, locale, 'Move debt 2 up', /^上移第 2 [笔筆][债債][务務]$/).click();
      await expect(cell(page, locale, 1, 'name')).toHaveValue('b');
      await expect(button(page, locale, 'Move debt 1 down', /^下移第 1 [笔筆][债債][务務]$/)).toBeFocused();
      await button(page, locale, 'Remove debt 2', /^[删刪]除第 2 [笔筆][债債][务務]$/).click();
      await expect(cell(page, locale, 2, 'name')).toHaveCount(0);
      expect(await copiedLink(page)).toMatch(/#debts=b%3A2000%3A20%3A100&/);
    });

    test('chart loads chart.js only when opened; the plan table carries the numbers; CSV has a BOM', async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (r) => scripts.push(r.url()));
      await open(page, locale, '?debts=card:10000:20:250&budget=500&strategy=avalanche');
      await expect(figure(page, 'avalanche', 'months')).toHaveAttribute('data-value', '25');
      expect(scripts.some((u) => /draw-chart/.test(u))).toBe(false);
      await page.getByRole('button', { name: locale === 'en' ? 'Show chart' : /^[显顯]示[图圖]表$/ }).click();
      await expect(page.locator('canvas')).toBeVisible();
      await expect.poll(() => scripts.some((u) => /draw-chart/.test(u))).toBe(true);
      await page.locator('.mz-plan > summary').click();
      const table = page.locator('table[data-plan="avalanche"]');
      await expect(table.locator('tbody tr')).toHaveCount(25);
      await expect(table.locator('tbody tr').first()).toContainText('9,666.67');
      // The full results (cards, tables, chart) pass axe in light and dark.
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(axe.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      }
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: locale === 'en' ? /CSV/ : /CSV/ }).click()]);
      const text = readFileSync((await download.path()) as string, 'utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(text).toContain('9666.67');
    });
  });
}

test('payoff: a 20-debt plan stays responsive while typing', async ({ page }) => {
  const debts = Array.from({ length: 20 }, (_, i) => `d${i}:${1000 + i * 937}:${5 + i}:${60 + i * 5}`).join(';');
  await open(page, 'zh-hans', `?debts=${encodeURIComponent(debts)}&budget=8000&strategy=avalanche`);
  await expect(figure(page, 'avalanche', 'months')).toBeVisible();
  const client = await page.context().newCDPSession(page);
  await client.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const input = page.locator('#budget');
  const before = await figure(page, 'avalanche', 'months').getAttribute('data-value');
  const ms = await page.evaluate(async () => {
    const el = document.getElementById('budget') as HTMLInputElement;
    const start = performance.now();
    el.value = '4000';
    el.dispatchEvent(new Event('input', { bubbles: true }));
    const target = document.querySelector('[data-strategy="avalanche"] [data-result="months"]') as HTMLElement;
    const initial = target.dataset.value;
    while (target.dataset.value === initial) await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - start;
  });
  await expect(input).toHaveValue('4000');
  expect(await figure(page, 'avalanche', 'months').getAttribute('data-value')).not.toBe(before);
  console.log(`20 debts, 4× CPU slowdown: keystroke → result ${ms.toFixed(0)} ms`);
});
