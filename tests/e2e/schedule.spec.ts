import { test, expect as baseExpect, type Page } from '@playwright/test';
import { copiedLink, expectCleanAddress } from './support/share';
import AxeBuilder from '@axe-core/playwright';
import Decimal from 'decimal.js';
import { readFileSync } from 'node:fs';

/**
 * The repayment-schedule calculator in every locale: typed like a reader types (1万, full-width digits,
 * 30年), results checked against the engine's reference vectors, shared links, errors (inline, summary,
 * focus, axe), the lazily loaded chart, CSV with a BOM, early repayment, two methods side by side, and no
 * request leaving the origin.
 */
interface Vector {
  id: string;
  input: { method: string; principal: string; months: number; rate: Record<string, string | number> };
  expect: Record<string, string>;
}
// The machine running the suite may be busy (other suites, 600-row schedules): wait longer than the default 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });

const VECTORS: Vector[] = JSON.parse(readFileSync('tests/vectors/engine.json', 'utf8'));
const vector = (id: string) => VECTORS.find((v) => v.id === id) as Vector;

/** How a reader would type each vector's inputs: Chinese units, full-width digits, years. */
const TYPED: Record<string, { amount: string; months: string; rate: string }> = {
  'ann-01': { amount: '10万', months: '１２', rate: '12' },
  'ep-01': { amount: '100万', months: '30年', rate: '4.9%' },
  'io-01': { amount: '5万', months: '12期', rate: '７.２' },
  'daily-02': { amount: '1万', months: '12', rate: '0.05' },
  'daily-03': { amount: '１００００', months: '1年', rate: '万五' },
};

const LABELS = {
  'zh-hans': {
    amount: '借款金额（元）', months: '期数（月）', annual: '年利率（%）', daily: '日利率（%）', perDay: '日利率', submit: '计算',
    methods: { 'equal-installment': /^等额本息/, 'equal-principal': /^等额本金/, 'interest-only': /^先息后本/, 'flat-fee': /^等本等息/, bullet: /^一次性还本付息/ },
    basis: { 360: /^360 天/, 365: /^365 天/ }, prepayMonth: '在第几期提前还', part: '还一部分', prepayAmount: '提前还的本金（元）', lower: /^结束时间不变/,
    compare: '和另一种还款方式对比', showChart: '显示图表', csv: '下载表格（CSV）', errorTitle: '出现问题', titlePrefix: '错误：',
  },
  'zh-hant': {
    amount: '借款金額（元）', months: '期數（月）', annual: '年利率（%）', daily: '日利率（%）', perDay: '日利率', submit: '計算',
    methods: { 'equal-installment': /^等額本息/, 'equal-principal': /^等額本金/, 'interest-only': /^先息後本/, 'flat-fee': /^等本等息/, bullet: /^一次性還本付息/ },
    basis: { 360: /^360 天/, 365: /^365 天/ }, prepayMonth: '在第幾期提前還', part: '還一部分', prepayAmount: '提前還的本金（元）', lower: /^結束時間不變/,
    compare: '和另一種還款方式對比', showChart: '顯示圖表', csv: '下載表格（CSV）', errorTitle: '出現問題', titlePrefix: '錯誤：',
  },
  en: {
    amount: 'Amount borrowed (yuan)', months: 'Term (months)', annual: 'Annual rate (%)', daily: 'Daily rate (%)', perDay: 'Per day', submit: 'Calculate',
    methods: { 'equal-installment': /^Equal instalments/, 'equal-principal': /^Equal principal/, 'interest-only': /^Interest only/, 'flat-fee': /^Flat fee/, bullet: /^Bullet/ },
    basis: { 360: /^360 days/, 365: /^365 days/ }, prepayMonth: 'Repay early with payment number', part: 'Part of it', prepayAmount: 'Principal repaid early (yuan)', lower: /^Keep the end date/,
    compare: 'Compare with another repayment method', showChart: 'Show chart', csv: 'Download table (CSV)', errorTitle: 'There is a problem', titlePrefix: 'Error: ',
  },
} as const;
type Locale = keyof typeof LABELS;

const pct2 = (value: string) => new Decimal(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

/** Every request the page makes must stay on this origin (blob: and data: are local). */
function watchOrigin(page: Page, baseURL: string) {
  const foreign: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(r.url());
  });
  return foreign;
}

async function open(page: Page, locale: Locale, query = '') {
  await page.goto(`/${locale}/tools/schedule/${query}`);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
}

const summary = (page: Page, name: string) => page.locator(`[data-results="summary"] [data-result="${name}"]`).first();

for (const locale of Object.keys(LABELS) as Locale[]) {
  const L = LABELS[locale];

  test.describe(`schedule ${locale}`, () => {
    test('typed inputs match the reference vectors', async ({ page, baseURL }) => {
      const foreign = watchOrigin(page, baseURL as string);
      for (const id of ['ann-01', 'ep-01', 'io-01', 'daily-02', 'daily-03']) {
        const v = vector(id);
        const typed = TYPED[id] as { amount: string; months: string; rate: string };
        await open(page, locale);
        await page.getByRole('textbox', { name: L.amount }).fill(typed.amount);
        await page.getByRole('textbox', { name: L.months }).fill(typed.months);
        await page.getByRole('radio', { name: L.methods[v.input.method as keyof typeof L.methods] }).check();
        if ('dailyPct' in v.input.rate) {
          await page.getByRole('radio', { name: L.perDay, exact: true }).check();
          await page.getByRole('textbox', { name: L.daily }).fill(typed.rate);
          await page.getByRole('radio', { name: L.basis[v.input.rate.dayBasis as 360 | 365] }).check();
        } else {
          await page.getByRole('textbox', { name: L.annual }).fill(typed.rate);
        }
        for (const name of ['firstPayment', 'lastPayment', 'totalInterest', 'totalPaid'] as const) {
          if (v.expect[name] !== undefined) await expect(summary(page, name), `${id} ${name}`).toHaveAttribute('data-value', v.expect[name] as string);
        }
        await expect(summary(page, 'months')).toHaveAttribute('data-value', String(v.input.months));
        for (const name of ['aprPct', 'effectivePct'] as const) {
          if (v.expect[name] === undefined) continue;
          const value = (await page.locator(`[data-result="${name}"]`).getAttribute('data-value')) as string;
          expect(pct2(value), `${id} ${name}`).toBe(v.expect[name]);
        }
      }
      // Visible text is localized money.
      await expect(page.locator('[data-results="summary"] [data-result="firstPayment"] dd')).toContainText('917.99');
      expect(foreign).toEqual([]);
    });

    test('a shared link gives the same result', async ({ page }) => {
      await open(page, locale, '?amount=100000&months=12&method=equal-installment&annualPct=12');
      await expect(summary(page, 'firstPayment')).toHaveAttribute('data-value', '8884.88');
      await expect(summary(page, 'lastPayment')).toHaveAttribute('data-value', '8884.85');
      await expect(summary(page, 'totalInterest')).toHaveAttribute('data-value', '6618.53');
      await expect(page.getByRole('textbox', { name: L.amount })).toHaveValue('100000');
      // A daily rate without dayBasis in the link uses 360 days, and says so.
      await open(page, locale, '?amount=10000&months=12&dailyPct=0.05');
      await expect(summary(page, 'firstPayment')).toHaveAttribute('data-value', '916.80');
      await expect(page.locator('[data-day-basis="360"]')).toBeVisible();
      await open(page, locale, '?amount=100000&months=12&method=equal-installment&annualPct=12');
      // The old ?link is taken out of the address; the share link follows the inputs, in its fragment.
      await expectCleanAddress(page);
      await page.getByRole('textbox', { name: L.months }).fill('24');
      await expectCleanAddress(page);
      const shared = await copiedLink(page);
      expect(shared).toMatch(/#amount=100000&months=24&/);
      await open(page, locale, shared.replace(/^.*?(#)/, '$1'));
      // 100,000 at 12 % over 24 months (exact-rational oracle): total interest 12,976.34.
      await expect(summary(page, 'totalInterest')).toHaveAttribute('data-value', '12976.34');
    });

    test('invalid input: inline error, summary with focus, title, axe', async ({ page }) => {
      await open(page, locale);
      await page.getByRole('textbox', { name: L.amount }).fill('abc');
      // Not while typing, only once the reader leaves the field.
      await expect(page.locator('.mz-results')).not.toContainText(/NaN|Infinity/);
      await expect(page.locator('.mz-field__error')).toHaveCount(0);
      await page.getByRole('textbox', { name: L.months }).fill('12');
      await expect(page.locator('#amount-error')).toBeVisible();
      await page.getByRole('button', { name: L.submit, exact: true }).click();
      const box = page.locator('.mz-error-summary');
      await expect(box).toBeFocused();
      await expect(box).toContainText(L.errorTitle);
      await expect(page.locator('#amount')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('#amount-error')).toBeVisible();
      expect(await page.title()).toMatch(new RegExp(`^${L.titlePrefix}`));
      await expect(page.locator('.mz-results')).not.toContainText('NaN');
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      // The summary link moves focus to the field.
      await box.getByRole('link').first().click();
      await expect(page.locator('#amount')).toBeFocused();
    });

    test('chart loads only when opened, beside a table with the numbers; CSV has a BOM', async ({ page, baseURL }) => {
      const foreign = watchOrigin(page, baseURL as string);
      const chartRequests: string[] = [];
      page.on('request', (r) => {
        if (/draw-chart/.test(r.url())) chartRequests.push(r.url());
      });
      await open(page, locale, '?amount=100000&months=12&annualPct=12&startMonth=2026-01');
      await expect(summary(page, 'firstPayment')).toHaveAttribute('data-value', '8884.88');
      const table = page.locator('table[data-table="schedule"]');
      await expect(table.locator('tbody tr')).toHaveCount(12);
      await expect(table.locator('tbody tr').first()).toContainText('8,884.88');
      await expect(table.locator('tbody tr').first()).toContainText('2026-01');
      await expect(table.locator('tfoot')).toContainText('6,618.53');
      expect(chartRequests).toEqual([]);
      await page.getByRole('button', { name: L.showChart }).click();
      await expect(page.locator('.mz-chart canvas')).toBeVisible();
      await expect.poll(() => chartRequests.length).toBeGreaterThan(0);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: L.csv }).click()]);
      const bytes = readFileSync(await download.path());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = bytes.toString('utf8');
      expect(csv).toContain('8884.88');
      expect(csv).toContain('6618.53');
      expect(csv.trim().split('\r\n')).toHaveLength(14); // header, 12 rows, totals
      expect(foreign).toEqual([]);
    });

    test('early repayment and a second method side by side', async ({ page }) => {
      await open(page, locale, '?amount=100000&months=12&annualPct=12&compare=equal-principal');
      await page.getByRole('textbox', { name: L.prepayMonth }).fill('6');
      const prepay = page.locator('[data-results="prepayment"]');
      await expect(prepay.locator('[data-result="monthsSaved"]')).toHaveAttribute('data-value', '6');
      await expect(prepay.locator('[data-result="interestSaved"]')).toHaveAttribute('data-value', '1817.16');
      await page.getByRole('radio', { name: L.part }).check();
      await page.getByRole('textbox', { name: L.prepayAmount }).fill('2万');
      await page.getByRole('radio', { name: L.lower }).check();
      await expect(prepay.locator('[data-result="monthsSaved"]')).toHaveAttribute('data-value', '0');
      await expect(prepay.locator('[data-result="newMonths"]')).toHaveAttribute('data-value', '12');

      await expect(page.locator('[data-method="equal-installment"] [data-result="totalInterest"]')).toHaveAttribute('data-value', '6618.53');
      await expect(page.locator('[data-method="equal-principal"] [data-result="totalInterest"]')).toHaveAttribute('data-value', '6500.00');
      await expect(page.locator('[data-method="equal-principal"] [data-result="firstPayment"]')).toHaveAttribute('data-value', '9333.33');
      await page.getByLabel(L.compare).selectOption('interest-only');
      await expect(page.locator('[data-method="interest-only"] [data-result="totalPaid"]')).toHaveAttribute('data-value', '112000.00');
    });
  });
}

test('schedule: a flat-fee loan needs a monthly fee rate, and enormous input is refused in words', async ({ page }) => {
  // Choosing flat fee on an empty form offers the monthly fee rate field.
  await open(page, 'zh-hans');
  await page.getByRole('radio', { name: /^等本等息/ }).check();
  await page.getByRole('textbox', { name: '月费率（%）' }).fill('0.6');
  await page.getByRole('textbox', { name: '借款金额（元）' }).fill('1万');
  await page.getByRole('textbox', { name: '期数（月）' }).fill('12');
  await expect(summary(page, 'totalInterest')).toHaveAttribute('data-value', '720.00');
  await open(page, 'zh-hans', '?amount=10000&months=12&method=flat-fee&annualPct=12');
  await expect(page.locator('#rate-error')).toContainText('月费率');
  await open(page, 'zh-hans', '?amount=10000&months=12&method=flat-fee&monthlyFeePct=0.6');
  await expect(summary(page, 'totalInterest')).toHaveAttribute('data-value', '720.00');
  await open(page, 'zh-hans', '?amount=9999999999999&months=999&annualPct=99999');
  await expect(page.locator('#amount-error')).toBeVisible();
  await expect(page.locator('#months-error')).toBeVisible();
  await expect(page.locator('.mz-results')).toContainText('请先改正');
  await open(page, 'zh-hans', '?amount=1000000000000&months=600&annualPct=36');
  await expect(page.locator('table[data-table="schedule"] tbody tr')).toHaveCount(600);
  await expect(page.locator('.mz-results')).not.toContainText(/NaN|Infinity/);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`schedule: full results pass axe in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, 'zh-hans', '?amount=100000&months=24&dailyPct=0.05&dayBasis=365&periodicFee=10&startMonth=2026-01&prepayMonth=6&prepay=part&prepayAmount=10000&prepayMode=lower-payment&prepayFeePct=2&compare=equal-principal');
    await expect(page.locator('[data-results="prepayment"] [data-result="prepayFee"]')).toHaveAttribute('data-value', '200.00');
    await expect(page.locator('table[data-table="schedule"] tbody tr')).toHaveCount(24);
    await page.getByRole('button', { name: '显示图表' }).click();
    await expect(page.locator('.mz-chart canvas')).toBeVisible();
    await expect(page.locator('.mz-schedule-stale')).toHaveCount(0);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}
