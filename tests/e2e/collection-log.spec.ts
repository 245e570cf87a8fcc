import { chromium, test, expect as baseExpect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { LOCALES, type Locale } from '../../src/i18n/locales';
import { convertToZhHant } from '../../src/i18n/zh-hant/convert';

/**
 * The collection log in every locale, at 360 px: ten contacts written as a borrower writes them (night calls, a
 * 4th answered call, a relative, a threat), the flags they raise in words, a reload, JSON and CSV exports,
 * "delete everything", the JSON imported back, refused imports that change nothing, the printed report, the
 * day view, editing and deleting, the upgrade of an older database, axe in every state, and no request that
 * leaves the page or carries what was typed.
 */
const expect = baseExpect.configure({ timeout: 15_000 });
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const zhHans: Record<string, string> = JSON.parse(readFileSync('src/i18n/ui/collection/zh-Hans.json', 'utf8'));
const en: Record<string, string> = JSON.parse(readFileSync('src/i18n/ui/collection/en.json', 'utf8'));
const word = (locale: Locale, key: string): string => {
  const text = (locale === 'en' ? en : zhHans)[key];
  if (text === undefined) throw new Error(`no string ${key}`);
  return locale === 'zh-hant' ? convertToZhHant(text) : text;
};

interface Contact {
  at: string;
  channel: 'call' | 'sms' | 'app' | 'visit' | 'other';
  collector: string;
  answered?: boolean;
  contacted?: 'self' | 'relative' | 'colleague' | 'contact' | 'other';
  content?: string[];
  shown?: string;
  note?: string;
  /** The flags the entry must show (data-flags: sorted codes). */
  flags: string[];
}

const A = '甲贷科技';
const B = 'Beta Loans';
const CONTACTS: Contact[] = [
  { at: '2026-03-02T23:30', channel: 'call', collector: A, answered: true, shown: '95188', flags: ['night'] },
  { at: '2026-03-03T07:45', channel: 'sms', collector: A, flags: ['night'] },
  { at: '2026-03-03T09:00', channel: 'call', collector: A, answered: true, flags: [] },
  { at: '2026-03-03T10:00', channel: 'call', collector: A, answered: true, flags: [] },
  { at: '2026-03-03T11:00', channel: 'call', collector: A, answered: true, flags: [] },
  { at: '2026-03-03T12:00', channel: 'call', collector: A, answered: true, note: '第四个接通的电话', flags: ['calls.answered'] },
  { at: '2026-03-03T13:00', channel: 'call', collector: A, answered: false, flags: [] },
  { at: '2026-03-03T14:00', channel: 'call', collector: B, answered: true, contacted: 'relative', content: ['disclosure'], note: 'Called my mother', flags: ['content.disclosure', 'third-party'] },
  { at: '2026-03-04T09:30', channel: 'sms', collector: B, content: ['threat'], shown: '10690000', note: 'said "we will come to your office", tomorrow', flags: ['content.threat'] },
  { at: '2026-03-04T10:00', channel: 'app', collector: B, content: ['impersonation', 'fake-record'], flags: ['content.fake-record', 'content.impersonation'] },
];
/** What the reader typed: none of it may appear in any request. */
const TYPED = [A, encodeURIComponent(A), B, encodeURIComponent(B), '95188', '10690000', 'Called my mother', 'come to your office'];

/** Every request: same origin, GET, a static file, carrying nothing typed. */
function watchRequests(page: Page, baseURL: string) {
  const bad: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (['data:', 'blob:'].includes(url.protocol)) return;
    if (url.origin !== origin) bad.push(`foreign: ${r.url()}`);
    if (r.method() !== 'GET' || r.postData()) bad.push(`${r.method()} with a body: ${r.url()}`);
    if (!/(\/|\.(js|css|svg|png|ico|woff2?|json|xml|html))$/.test(url.pathname) || url.search !== '') bad.push(`not a static file: ${r.url()}`);
    for (const typed of TYPED) if (r.url().includes(typed)) bad.push(`carries "${typed}": ${r.url()}`);
  });
  return bad;
}

async function axe(page: Page, state: string) {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(result.violations.map((v) => `${state}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

async function open(page: Page, locale: Locale) {
  await page.goto(`/${locale}/tools/collection-log/`);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  await expect(page.locator('[data-log-state="ready"]')).toBeVisible();
}

const radio = (name: string, value: string, first: string) => `#${value === first ? name : `${name}-${value}`}`;

async function add(page: Page, c: Contact) {
  await page.locator('#log-at').fill(c.at);
  await page.locator(radio('log-channel', c.channel, 'call')).check();
  await page.locator('#log-collector').fill(c.collector);
  if (c.channel === 'call') await page.locator(c.answered ? '#log-answered' : '#log-answered-no').check();
  await page.locator(radio('log-contacted', c.contacted ?? 'self', 'self')).check();
  for (const category of c.content ?? []) await page.locator(`#log-content-${category}`).check();
  await page.locator('#log-shown').fill(c.shown ?? '');
  await page.locator('#log-note').fill(c.note ?? '');
  await page.locator('.mz-log-add button[type="submit"]').click();
  await expect(page.locator('[data-log-saved]')).toContainText(c.at.replace('T', ' '));
}

const entries = (page: Page) => page.locator('.mz-log-entries [data-entry-id]');

/** The ten entries, newest first, each with its flags, in words with their force. */
async function expectTheTen(page: Page, locale: Locale) {
  await expect(entries(page)).toHaveCount(10);
  const newestFirst = [...CONTACTS].reverse();
  await expect.poll(() => entries(page).evaluateAll((items) => items.map((li) => li.getAttribute('data-flags')))).toEqual(newestFirst.map((c) => c.flags.join(' ')));
  for (const [i, c] of newestFirst.entries()) {
    const item = entries(page).nth(i);
    await expect(item).toContainText(c.at.slice(11));
    await expect(item).toContainText(c.collector);
    for (const code of c.flags) await expect(item.locator(`[data-flag="${code}"]`)).toContainText(word(locale, `collection.rule.${code}.name`));
  }
  // A night call breaks a standard and an association's guideline: never called unlawful. A threat may be.
  const night = entries(page).nth(9).locator('[data-flag="night"]');
  await expect(night).toHaveAttribute('data-wording', 'againstGuidance');
  await expect(night).toContainText(word(locale, 'collection.wording.againstGuidance'));
  await expect(night).not.toContainText(/违法|違法|unlawful|illegal/i);
  await expect(entries(page).nth(1).locator('[data-flag="content.threat"]')).toHaveAttribute('data-wording', 'mayBeUnlawful');
  // Each flag names its source and how firmly it binds.
  const basis = entries(page).nth(4).locator('[data-flag="calls.answered"] details');
  await basis.locator('summary').click();
  await expect(basis).toContainText('GB/T 45251-2025');
  await expect(basis).toContainText(word(locale, 'collection.firmness.recommendedStandard'));
}

async function download(page: Page, selector: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  return readFileSync(await file.path());
}

async function importFile(page: Page, name: string, buffer: Buffer) {
  await page.locator('#log-import').setInputFiles({ name, mimeType: 'application/json', buffer });
}

test.use({ viewport: { width: 360, height: 800 } });

for (const locale of LOCALES) {
  test.describe(`collection log ${locale}`, () => {
    test('ten contacts: flags, reload, export, delete everything, import, refused imports, print', async ({ page, baseURL }) => {
      test.setTimeout(180_000);
      const bad = watchRequests(page, baseURL as string);
      await open(page, locale);
      await expect(page.locator('[data-log-empty]')).toBeVisible();
      await expect(page.locator('.mz-log-warning')).toContainText(word(locale, 'collection.log.sharedPhoneTitle'));
      await axe(page, 'empty');

      // Saving with nothing filled in: the error summary takes focus and links to the fields.
      await page.locator('.mz-log-add button[type="submit"]').click();
      await expect(page.locator('.mz-error-summary')).toBeFocused();
      await expect(page.locator('#log-at-error')).toContainText(word(locale, 'collection.log.error.at'));
      await expect(page.locator('#log-collector-error')).toBeVisible();
      await expect(page.locator('#log-answered-error')).toBeVisible();
      await axe(page, 'form errors');

      // "They just called" fills in the time now and the channel, and moves on to who it was.
      await page.locator('[data-quick="call"]').click();
      await expect(page.locator('#log-at')).toHaveValue(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
      await expect(page.locator('#log-channel')).toBeChecked();
      await expect(page.locator('#log-collector')).toBeFocused();
      for (const c of CONTACTS) await add(page, c);
      await expect(page.locator('.mz-log-chip')).toHaveCount(2);
      await expect(page.locator('[data-persistence]')).toHaveAttribute('data-persistence', /^(granted|denied|unsupported)$/);
      await expectTheTen(page, locale);
      await axe(page, 'ten entries');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

      // The day view shows one day, with its counts.
      await page.locator('#log-view-day').check();
      await page.locator('#log-day').selectOption('2026-03-03');
      await expect(entries(page)).toHaveCount(7);
      await axe(page, 'day view');
      await page.locator('#log-view').check();

      await page.reload();
      await expect(page.locator('[data-log-state="ready"]')).toBeVisible();
      await expectTheTen(page, locale);

      // Exports: the complete versioned JSON, and CSV with a BOM.
      const json = JSON.parse((await download(page, '[data-export="json"]')).toString('utf8'));
      expect([json.format, json.version, json.entries.length]).toEqual(['mingzhang.collection-log', 1, 10]);
      expect(json.entries.map((e: { at: string }) => e.at)).toEqual(CONTACTS.map((c) => c.at));
      const csvBytes = await download(page, '[data-export="csv"]');
      expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = csvBytes.toString('utf8');
      expect(csv.trim().split('\r\n')).toHaveLength(11);
      expect(csv).toContain(A);
      expect(csv).toContain('"said ""we will come to your office"", tomorrow"');
      expect(csv).toContain(word(locale, 'collection.rule.calls.answered.name'));

      // Delete everything: the confirmation says what goes.
      await page.locator('.mz-log-erase button').click();
      const confirm = page.locator('.mz-log-erase .mz-log-confirm');
      await expect(confirm).toBeFocused();
      await expect(confirm).toContainText('10');
      // The period in the reader's words, as the day headings give it.
      for (const day of ['2026-03-02', '2026-03-04']) {
        const heading = (await page.locator(`#log-day-${day}`).evaluate((h) => h.firstChild?.textContent ?? '')).trim();
        expect(heading).not.toBe('');
        await expect(confirm).toContainText(heading);
      }
      await axe(page, 'confirm delete everything');
      await page.locator('[data-confirm-erase]').click();
      await expect(page.locator('[data-log-empty]')).toBeVisible();
      await page.reload();
      await expect(page.locator('[data-log-empty]')).toBeVisible();

      // Importing the backup brings back the same ten, with the same flags; importing it again adds nothing.
      await importFile(page, 'backup.json', Buffer.from(JSON.stringify(json)));
      await expect(page.locator('[data-log-status="ok"]')).toContainText(/10/);
      await expectTheTen(page, locale);
      await importFile(page, 'backup.json', Buffer.from(JSON.stringify(json)));
      await expect(page.locator('[data-log-status="ok"]')).toBeVisible();
      await expect(entries(page)).toHaveCount(10);

      // Refused files: a clear message each, and the log unchanged.
      const refused: Array<[string, Buffer, string]> = [
        ['broken.json', Buffer.from('{"format": "mingzhang.collection-log", "version": 1, "entries": ['), 'issue.collection.file.notJson'],
        ['other.json', Buffer.from('{"name": "contacts", "items": []}'), 'issue.collection.file.foreign'],
        ['newer.json', Buffer.from(JSON.stringify({ ...json, version: 2 })), 'issue.collection.file.newerVersion'],
        ['empty.json', Buffer.alloc(0), 'issue.collection.file.empty'],
        ['huge.json', Buffer.alloc(10 * 1024 * 1024, 0x20), 'issue.collection.file.tooLarge'],
      ];
      for (const [name, buffer, key] of refused) {
        await importFile(page, name, buffer);
        const alert = page.locator('[data-log-status="error"]');
        await expect(alert).toContainText(name);
        await expect(alert).toContainText(word(locale, key).replace(/\{\w+\}.*$/, ''));
        await expect(entries(page)).toHaveCount(10);
      }
      await axe(page, 'refused import');
      await page.reload();
      await expectTheTen(page, locale);

      // The printed report: period, counts per rule per collector, every entry, the rules and their sources,
      // where to complain, what else to keep; and nothing of the form.
      await page.emulateMedia({ media: 'print' });
      const report = page.locator('[data-log-report-body]');
      await expect(report).toBeVisible();
      await expect(page.locator('.mz-log-add')).toBeHidden();
      await expect(page.locator('.mz-log-entries')).toBeHidden();
      await expect(report.locator('[data-report-period]')).toContainText('2026');
      await expect(report.locator('table[data-table="entries"] tbody tr')).toHaveCount(10);
      const counts = report.locator('table[data-table="counts"]');
      await expect(counts.locator('[data-rule="night"] [data-collector="甲贷科技"]')).toHaveText('2');
      await expect(counts.locator('[data-rule="night"] [data-collector="Beta Loans"]')).toHaveText('0');
      await expect(counts.locator('[data-rule="calls.answered"] [data-total]')).toHaveText('1');
      await expect(counts.locator('[data-rule="third-party"] [data-collector="Beta Loans"]')).toHaveText('1');
      await expect(report.locator('.mz-log-report__rules')).toContainText('GB/T 45251-2025');
      await expect(report.locator('.mz-log-report__channels li')).toHaveCount(5);
      for (const line of ['12378', '12363', '12321', '110']) await expect(report.locator(`[data-channel="${line}"]`)).toBeVisible();
      await expect(report.locator('.mz-log-report__evidence li')).toHaveCount(9);
      await axe(page, 'print');
      await page.emulateMedia({ media: 'screen' });

      expect(bad).toEqual([]);
    });

    test('edit and delete an entry; a database of the older layout is upgraded', async ({ page, baseURL }) => {
      const bad = watchRequests(page, baseURL as string);
      // A layout-1 database, as store.ts's first step made it, opened before the tool upgrades it.
      await page.goto(`/${locale}/`);
      await page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.open('mingzhang-collection-log', 1);
            request.onupgradeneeded = () => request.result.createObjectStore('entries', { keyPath: 'id' });
            request.onsuccess = () => {
              const tx = request.result.transaction('entries', 'readwrite');
              tx.objectStore('entries').put({ id: 'old-1', at: '2026-02-27T22:40', channel: 'visit', collector: '老记录', contacted: 'colleague', content: ['insult'], note: '到单位来了', createdAt: '2026-02-27T14:41:00.000Z' });
              tx.oncomplete = () => {
                request.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
            request.onerror = () => reject(request.error);
          }),
      );
      await open(page, locale);
      await expect(entries(page)).toHaveCount(1);
      await expect(entries(page).first()).toHaveAttribute('data-flags', 'content.insult night third-party');
      await expect(entries(page).first()).toContainText('到单位来了');

      // Edit: the form takes the entry; the change is saved in place, not added.
      await add(page, CONTACTS[6] as Contact);
      await expect(entries(page)).toHaveCount(2);
      await entries(page).first().locator('[data-edit]').click();
      await expect(page.locator('#log-at')).toHaveValue('2026-03-03T13:00');
      await expect(page.locator('#log-answered-no')).toBeChecked();
      await page.locator('#log-at').fill('2026-03-03T23:15');
      await page.locator('.mz-log-add button[type="submit"]').click();
      await expect(entries(page)).toHaveCount(2);
      await expect(entries(page).first()).toHaveAttribute('data-flags', 'night');
      await axe(page, 'after edit');

      // Delete asks first; cancel keeps it, delete removes it for good.
      await entries(page).first().locator('[data-delete]').click();
      await axe(page, 'confirm delete');
      await entries(page).first().getByRole('button', { name: word(locale, 'collection.log.cancel') }).click();
      await expect(entries(page)).toHaveCount(2);
      await entries(page).first().locator('[data-delete]').click();
      await entries(page).first().locator('[data-confirm-delete]').click();
      await expect(entries(page)).toHaveCount(1);
      await page.reload();
      await expect(entries(page)).toHaveCount(1);
      await expect(entries(page).first()).toContainText('老记录');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(bad).toEqual([]);
    });
  });
}

test('collection log: entries, flags and the open report pass axe in dark mode at 1280 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, 'zh-hans');
  for (const c of CONTACTS.slice(5, 9)) await add(page, c);
  await entries(page).first().locator('details summary').first().click();
  await page.locator('[aria-controls="log-report-body"]').click();
  await expect(page.locator('[data-log-report-body]')).toBeVisible();
  await page.locator('.mz-log-erase button').click();
  await axe(page, 'dark');
});

test('collection log: the log survives a browser restart', async ({ baseURL }) => {
  // A profile on disk, as a phone's browser keeps one: closed and opened again.
  const profile = mkdtempSync(join(tmpdir(), 'mz-log-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
      baseURL: baseURL as string,
      viewport: { width: 360, height: 800 },
    });
  try {
    let context = await launch();
    let page = context.pages()[0] ?? (await context.newPage());
    await open(page, 'en');
    await add(page, CONTACTS[8] as Contact);
    await expect(entries(page)).toHaveCount(1);
    await context.close();
    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    await open(page, 'en');
    await expect(entries(page)).toHaveCount(1);
    await expect(entries(page).first()).toHaveAttribute('data-flags', 'content.threat');
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
