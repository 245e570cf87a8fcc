import { test, expect as baseExpect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { LOCALES, type Locale } from '../../src/i18n/locales';
import { LETTERS, type LetterId } from '../../src/lib/letters/letters';

/**
 * The letter writer in every locale: each letter from form to preview, print view (only the letter) and the
 * .txt download (its content checked); missing fields as inline errors and a focused summary; the time-bar
 * warning for a debt last paid four years ago; edits kept until the reader asks again; axe in every state;
 * and nothing leaves the page: every request is a same-origin GET for a static file, and none carries what
 * was typed.
 */
const expect = baseExpect.configure({ timeout: 15_000 });

const WORDS = {
  'zh-hans': {
    generate: '生成信件', copy: '复制全文', print: '打印', download: '下载文本文件（.txt）', regenerate: /^按新的填写重新生成/,
    errorTitle: '出现问题', titlePrefix: '错误：', nameRequired: '请填写你的姓名', timeBar: '寄出之前：这笔债可能已过诉讼时效', deadlines: '期限与诉讼时效',
    titles: { negotiate: '关于协商分期还款的申请', statement: '关于提供借款完整明细的要求', 'credit-objection': '征信异议申请', 'third-parties': '关于停止联系第三人、停止使用我的通讯录的要求', complaint: '投诉书' },
    citation: { negotiate: '第七十条', statement: '第五百四十六条', 'credit-objection': '第二十五条', 'third-parties': '第一千零三十三条', complaint: '国家金融监督管理总局' },
  },
  'zh-hant': {
    generate: '生成信件', copy: '複製全文', print: '打印', download: '下載文本文件（.txt）', regenerate: /^按新的填寫重新生成/,
    errorTitle: '出現問題', titlePrefix: '錯誤：', nameRequired: '請填寫你的姓名', timeBar: '寄出之前：這筆債可能已過訴訟時效', deadlines: '期限與訴訟時效',
    titles: { negotiate: '關於協商分期還款的申請', statement: '關於提供借款完整明細的要求', 'credit-objection': '徵信異議申請', 'third-parties': '關於停止聯繫第三人、停止使用我的通訊錄的要求', complaint: '投訴書' },
    citation: { negotiate: '第七十條', statement: '第五百四十六條', 'credit-objection': '第二十五條', 'third-parties': '第一千零三十三條', complaint: '國家金融監督管理總局' },
  },
  en: {
    generate: 'Write the letter', copy: 'Copy the letter', print: 'Print', download: 'Download as a text file (.txt)', regenerate: /^Write it again from the form/,
    errorTitle: 'There is a problem', titlePrefix: 'Error: ', nameRequired: 'Enter your name', timeBar: 'Before you send it: this debt may be time-barred', deadlines: 'Deadlines and the limitation period',
    titles: { negotiate: 'Request to agree a repayment plan', statement: 'Request for a full statement of the loan', 'credit-objection': 'Objection to credit-report information', 'third-parties': 'Stop contacting third parties and stop using my contacts', complaint: 'Complaint' },
    citation: { negotiate: 'Article 70', statement: 'Civil Code Art. 546', 'credit-objection': 'Art. 25', 'third-parties': 'Civil Code Art. 1033', complaint: 'National Financial Regulatory Administration' },
  },
} as const satisfies Record<Locale, unknown>;

/** US and UK letters: the same English text in every locale. */
const ENGLISH = {
  titles: {
    'us-info': 'Request for information about a debt', 'us-dispute': 'Dispute of a debt', 'us-restrict': 'How you may contact me', 'us-lawyer': 'Contact my lawyer, not me', 'us-stop': 'Stop contacting me',
    'uk-plan': 'Offer of a repayment plan', 'uk-contact': 'How you may contact me',
  },
  citation: {
    'us-info': '15 U.S.C. §1692g', 'us-dispute': '15 U.S.C. §1692g(b)', 'us-restrict': '15 U.S.C. §1692c(a)(1)', 'us-lawyer': '15 U.S.C. §1692c(a)(2)', 'us-stop': '15 U.S.C. §1692c(c)',
    'uk-plan': 'CONC 7.3.4R', 'uk-contact': 'CONC 7.9',
  },
} as const;

// A name nobody else types, so the network log can be searched for it.
const NAME = 'Qzx Lettertest';
const TYPED: Record<string, string> = {
  name: NAME,
  lender: 'Acme Lending Co',
  monthly: '800',
  months: '36',
  happened: 'Called my mother 12 times',
  reportItem: 'May 2024 late payment',
  contactWays: 'by letter only',
  lawyer: 'Jane Counsel',
  lawyerContact: '1 Main St, 555-0100',
};

/** Every request: same origin, GET, a static file, nothing typed in it. */
function watchRequests(page: Page, baseURL: string) {
  const bad: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (['data:', 'blob:'].includes(url.protocol)) return;
    const typed = Object.values(TYPED).some((text) => text.length > 5 && decodeURIComponent(r.url()).includes(text));
    if (url.origin !== origin || r.method() !== 'GET' || url.search !== '' || r.postData() || typed) bad.push(`${r.method()} ${r.url()}`);
  });
  return bad;
}

async function open(page: Page, locale: Locale) {
  await page.goto(`/${locale}/tools/letters/`);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
}

async function expectNoAxeViolations(page: Page, state: string) {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`), state).toEqual([]);
}

const radioFor = (page: Page, id: LetterId, index: number) => page.locator(index === 0 ? '#letter' : `#letter-${id}`);

for (const locale of LOCALES) {
  const W = WORDS[locale];

  test.describe(`letters ${locale}`, () => {
    test('each letter: form → preview → print view → text download; axe in each state; nothing leaves the page', async ({ page, baseURL }) => {
      test.setTimeout(180_000);
      const bad = watchRequests(page, baseURL as string);
      await open(page, locale);
      await expectNoAxeViolations(page, 'empty form');
      for (const [index, spec] of LETTERS.entries()) {
        const id = spec.id;
        await radioFor(page, id, index).check();
        for (const field of spec.required) await page.locator(`#${field}`).fill(TYPED[field] as string);
        // A credit card: the repayment plan cites card Measures Art. 70 only then.
        if (spec.fields.includes('card')) await page.locator('#card').check();
        const letter = page.locator('#letter-text');
        await expect(letter).toHaveAttribute('data-letter', id);
        const title = spec.jurisdiction === 'cn' ? W.titles[id as keyof typeof W.titles] : ENGLISH.titles[id as keyof typeof ENGLISH.titles];
        const citation = spec.jurisdiction === 'cn' ? W.citation[id as keyof typeof W.citation] : ENGLISH.citation[id as keyof typeof ENGLISH.citation];
        const text = await letter.inputValue();
        expect(text.split('\n')[0], id).toBe(title);
        expect(text, id).toContain(NAME);
        expect(text, id).toContain(citation);
        expect(text, id).not.toMatch(/\{\w+\}|undefined/);
        await expect(page.locator('[data-send-advice]')).toBeVisible();
        await expectNoAxeViolations(page, `${id} preview`);

        // Print: the letter and nothing else.
        await page.emulateMedia({ media: 'print' });
        const paper = page.locator('[data-letter-paper]');
        await expect(paper).toBeVisible();
        expect((await paper.innerText()).trim(), id).toBe(text.trim());
        for (const other of ['h1', 'form', 'header', 'footer', '[data-send-advice]', '#letter-text', '#how']) await expect(page.locator(other).first(), `${id} print ${other}`).toBeHidden();
        await page.emulateMedia({ media: 'screen' });
        await expect(paper).toBeHidden();

        // Download: a UTF-8 text file with a byte-order mark and CRLF line ends, holding exactly the letter.
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: W.download }).click()]);
        expect(download.suggestedFilename()).toBe(`letter-${id}.txt`);
        const bytes = readFileSync(await download.path());
        expect([...bytes.subarray(0, 3)], id).toEqual([0xef, 0xbb, 0xbf]);
        const file = bytes.toString('utf8').slice(1);
        expect(file, id).toBe(text.replace(/\n/g, '\r\n'));
      }
      // What was typed went nowhere: no request carried it, and the address never held it.
      expect(bad).toEqual([]);
      expect(page.url()).toMatch(/\/tools\/letters\/$/);
    });

    test('missing fields: inline errors, a focused summary, error title, axe; the summary link moves focus', async ({ page }) => {
      await open(page, locale);
      await page.getByRole('button', { name: W.generate, exact: true }).click();
      const box = page.locator('.mz-error-summary');
      await expect(box).toBeFocused();
      await expect(box).toContainText(W.errorTitle);
      await expect(box).toContainText(W.nameRequired);
      for (const field of ['name', 'lender', 'monthly', 'months']) {
        await expect(page.locator(`#${field}-error`)).toBeVisible();
        await expect(page.locator(`#${field}`)).toHaveAttribute('aria-invalid', 'true');
      }
      expect(await page.title()).toMatch(new RegExp(`^${W.titlePrefix}`));
      await expect(page.locator('#letter-text')).toHaveCount(0);
      await expectNoAxeViolations(page, 'errors');
      await box.getByRole('link').first().click();
      await expect(page.locator('#name')).toBeFocused();
      // A date that cannot be read is flagged once the reader leaves the field.
      await page.locator('#lastPayment').fill('last spring');
      await page.locator('#name').fill(NAME);
      await expect(page.locator('#lastPayment-error')).toBeVisible();
    });

    test('the time-bar warning appears before the letter for a debt last paid four years ago', async ({ page }) => {
      await open(page, locale);
      const now = new Date();
      const fourYearsAgo = `${now.getFullYear() - 4}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(Math.min(now.getDate(), 28)).padStart(2, '0')}`;
      await page.locator('#lastPayment').fill(fourYearsAgo);
      const warning = page.locator('[data-time-bar="over"]');
      await expect(warning).toBeVisible();
      await expect(warning).toContainText(W.timeBar);
      await expect(warning.getByRole('link', { name: W.deadlines })).toHaveAttribute('href', `/${locale}/tools/deadlines/`);
      // Before the letter: the warning comes earlier in the page than the preview.
      const [warnTop, previewTop] = await Promise.all([warning.boundingBox(), page.locator('#letter-title').boundingBox()]);
      expect((warnTop?.y ?? 0) < (previewTop?.y ?? 0)).toBe(true);
      await expectNoAxeViolations(page, 'time-bar warning');
      // A recent demand restarts the count: the warning gives way to a note.
      const lastYear = `${now.getFullYear() - 1}-01-15`;
      await page.locator('#lastDemand').fill(lastYear);
      await expect(page.locator('[data-time-bar="within"]')).toBeVisible();
      await expect(page.locator('[data-time-bar="over"]')).toHaveCount(0);
    });

    test('the reader edits the letter; the edit stays until they ask to write it again; copy works', async ({ page }) => {
      await open(page, locale);
      for (const field of ['name', 'lender', 'monthly', 'months']) await page.locator(`#${field}`).fill(TYPED[field] as string);
      const letter = page.locator('#letter-text');
      await expect(letter).toHaveValue(new RegExp(NAME));
      await letter.fill('My own words');
      await page.locator('#monthly').fill('900');
      await expect(letter).toHaveValue('My own words');
      await expect(page.locator('[data-letter-stale]')).toBeVisible();
      await expectNoAxeViolations(page, 'edited');
      await page.getByRole('button', { name: W.regenerate }).click();
      await expect(letter).toHaveValue(/900/);
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
      await page.getByRole('button', { name: W.copy, exact: true }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await letter.inputValue());
    });
  });
}

test('letters: the complaint goes to the regulator for the lender and the topic', async ({ page }) => {
  await open(page, 'zh-hans');
  await page.locator('#letter-complaint').check();
  for (const field of ['name', 'lender', 'happened']) await page.locator(`#${field}`).fill(TYPED[field] as string);
  const to = async () => (await page.locator('#letter-text').inputValue()).split('\n\n')[1];
  expect(await to()).toContain('国家金融监督管理总局');
  await page.locator('#lenderType-micro-loan').check();
  expect(await to()).toContain('地方金融管理部门');
  await page.locator('#topic-credit').check();
  expect(await to()).toContain('中国人民银行');
  await expect(page.locator('[data-send-advice]')).toContainText('12363');
  await page.locator('#topic-calls').check();
  expect(await to()).toContain('12321');
});

test('letters: switching language keeps what was typed (an English reader gets the Chinese letter to send)', async ({ page }) => {
  await open(page, 'en');
  await page.locator('#letter-statement').check();
  await page.locator('#name').fill(NAME);
  await page.locator('#lender').fill(TYPED.lender as string);
  await page.locator('.mz-lang a', { hasText: '简体中文' }).click();
  await page.waitForURL(/\/zh-hans\/tools\/letters\/$/);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  await expect(page.locator('#letter-statement')).toBeChecked();
  await expect(page.locator('#letter-text')).toHaveValue(/^关于提供借款完整明细的要求/);
  await expect(page.locator('#letter-text')).toHaveValue(new RegExp(NAME));
});
