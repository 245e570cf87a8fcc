import { test, expect, type Frame, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { LOCALES } from '../../src/i18n/locales';
import { EMBEDDABLE_TOOL_IDS, toolPath } from '../../src/tools';
import { HEIGHT_MESSAGE, SANDBOX } from '../../src/embed/options';
import { iframeSnippet, scriptSnippet } from '../../src/embed/snippet';

/**
 * Embeds as an NGO's readers meet them: the host page is served by a second server on another site
 * (localhost, while our site is 127.0.0.1), with the very snippets the widget builder writes.
 */
const HOSTILE = '"red;}</style><script>alert(1)</script>';
const SCRIPT_URL = 'javascript:alert(1)';

let host: Server;
let hostOrigin = '';
const hostPages = new Map<string, string>();

test.beforeAll(async () => {
  host = createServer((req, res) => {
    const html = hostPages.get(new URL(req.url ?? '/', 'http://x').pathname);
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

/** Serves `body` as a host page on the other site and opens it. */
async function openHost(page: Page, name: string, body: string) {
  hostPages.set(`/${name}`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our help page</title></head><body><main><h1>Our help page</h1>${body}</main></body></html>`);
  await page.goto(`${hostOrigin}/${name}`);
}

const ours = (baseURL: string | undefined) => new URL(baseURL as string).origin;

/** The embed's frame once its island has hydrated. */
async function hydratedFrame(frameElement: Locator): Promise<Frame> {
  await frameElement.scrollIntoViewIfNeeded();
  const frame = (await (await frameElement.elementHandle())?.contentFrame()) as Frame;
  await expect(frame.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
  return frame;
}

/** Heights of the frame element on the host page and of the content inside it. */
async function heights(frameElement: Locator, frame: Frame) {
  const outer = await frameElement.evaluate((el) => el.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => ({
    content: document.body.getBoundingClientRect().height,
    scroll: document.documentElement.scrollHeight,
    client: document.documentElement.clientHeight,
  }));
  return { outer, ...inner };
}

/** The frame is as tall as its content (within 2 px) and has nothing to scroll. */
async function expectFitted(frameElement: Locator, frame: Frame) {
  await expect.poll(async () => {
    const h = await heights(frameElement, frame);
    return Math.abs(h.outer - h.content) <= 2 && h.scroll <= h.client;
  }, { timeout: 10_000 }).toBe(true);
  return heights(frameElement, frame);
}

test('three widgets on another site: each renders, computes, follows its options, grows and shrinks to fit, and asks only our origin', async ({ page, baseURL }) => {
  const origin = ours(baseURL);
  const requests: Array<{ url: string; fromFrame: boolean }> = [];
  page.on('request', (r) => requests.push({ url: r.url(), fromFrame: r.frame() !== page.mainFrame() }));
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const schedule = scriptSnippet(origin, { tool: 'schedule', locale: 'en', theme: 'dark', accent: '#ffcc00', inputs: { amount: '100000', months: '12', method: 'equal-installment', annualPct: '12' } }, 'Open');
  const apr = scriptSnippet(origin, { tool: 'apr', locale: 'zh-hant', theme: 'light', accent: '', inputs: {} }, 'Open').replace('<script ', '<script data-target="apr-slot" ');
  const plain = iframeSnippet(origin, { tool: 'deadlines', locale: 'zh-hans', theme: 'dark', accent: '', inputs: { document: 'complaint', receivedOn: '2026-06-01' } }, '明账工具：法院期限');
  await openHost(page, 'three', `${schedule}<p>Between the widgets.</p><div id="apr-slot"></div>${apr}<h2>A plain frame</h2>${plain}`);

  const frames = page.locator('iframe');
  await expect(frames).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    await expect(frames.nth(i)).toHaveAttribute('sandbox', SANDBOX);
    await expect(frames.nth(i)).toHaveAttribute('allow', 'clipboard-write');
    await expect(frames.nth(i)).toHaveAttribute('referrerpolicy', 'no-referrer');
  }

  // 1. Schedule, English, dark, a pale accent made readable; opens with the start values.
  const scheduleElement = page.locator('main > iframe').first();
  await expect(scheduleElement).toHaveAttribute('title', 'Mingzhang tool: Repayment schedule');
  const scheduleFrame = await hydratedFrame(scheduleElement);
  await expect(scheduleFrame.locator('html')).toHaveAttribute('lang', 'en');
  await expect(scheduleFrame.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await scheduleFrame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(18, 20, 23)');
  const accent = await scheduleFrame.evaluate(() => getComputedStyle(document.querySelector('.mz-button') as Element).backgroundColor);
  expect(accent).not.toBe('rgb(140, 196, 255)'); // not our own dark accent: the host's, shaded
  await expect(scheduleFrame.locator('[data-result="firstPayment"]').first()).toHaveAttribute('data-value', /^8884\.88/, { timeout: 15_000 });
  const grown = await expectFitted(scheduleElement, scheduleFrame);
  // Collapse the results (empty amount): the frame shrinks back to the content, no gap.
  await scheduleFrame.locator('#amount').fill('');
  await expect(scheduleFrame.locator('[data-result="firstPayment"]')).toHaveCount(0);
  await expect.poll(async () => (await heights(scheduleElement, scheduleFrame)).outer).toBeLessThan(grown.outer - 200);
  const shrunk = await expectFitted(scheduleElement, scheduleFrame);
  // And grows again when the schedule table comes back.
  await scheduleFrame.locator('#amount').fill('100000');
  await expect(scheduleFrame.locator('.mz-schedule table').first()).toBeVisible({ timeout: 15_000 });
  await expect.poll(async () => (await heights(scheduleElement, scheduleFrame)).outer).toBeGreaterThan(shrunk.outer + 200);
  await expectFitted(scheduleElement, scheduleFrame);

  // 2. APR, Traditional Chinese, light, placed in its target element; computes from typing.
  const aprElement = page.locator('#apr-slot > iframe');
  await expect(aprElement).toHaveCount(1);
  const aprFrame = await hydratedFrame(aprElement);
  await expect(aprFrame.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(aprFrame.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await aprFrame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(255, 255, 255)');
  await aprFrame.locator('#mode-quote').check();
  await aprFrame.locator('#amount').fill('10000');
  await aprFrame.locator('#months').fill('12');
  await aprFrame.locator('#method-flat-fee').check();
  await aprFrame.locator('#rateKind-monthlyFeePct').check();
  await aprFrame.locator('#monthlyFeePct').fill('0.6');
  await expect(aprFrame.locator('[data-result="aprPct"]')).toHaveAttribute('data-value', /^13\.03/, { timeout: 15_000 });
  await expectFitted(aprElement, aprFrame);

  // 3. The plain iframe (no script on the host): deadlines, Simplified Chinese, dark, start values from its fragment.
  const plainElement = page.locator('main > iframe').last();
  const plainFrame = await hydratedFrame(plainElement);
  await expect(plainFrame.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(plainFrame.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(plainFrame.locator('[data-result="lastDay"]').first()).toHaveAttribute('data-value', '2026-06-16', { timeout: 15_000 });

  // The frames took the inputs out of their address, asked nothing of any other origin, and opened no dialog.
  for (const frame of [scheduleFrame, aprFrame, plainFrame]) expect(new URL(frame.url()).hash).toBe('');
  const fromFrames = requests.filter((r) => r.fromFrame).map((r) => r.url);
  expect(fromFrames.length).toBeGreaterThan(0);
  expect(fromFrames.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  expect(requests.filter((r) => !r.fromFrame && ![origin, hostOrigin].includes(new URL(r.url).origin))).toEqual([]);
  expect(dialogs).toEqual([]);
});

test('a forged height message, from our own origin in another window or from the host, changes nothing', async ({ page, baseURL }) => {
  const origin = ours(baseURL);
  await openHost(page, 'forged', `${scriptSnippet(origin, { tool: 'apr', locale: 'en', theme: 'auto', accent: '', inputs: {} }, 'Open')}<iframe id="other" src="${origin}/en/" title="Another page of the same site"></iframe>`);
  const element = page.locator('iframe[sandbox]');
  const frame = await hydratedFrame(element);
  const before = await expectFitted(element, frame);
  const frameId = new URLSearchParams(new URL((await element.getAttribute('src')) as string).hash.slice(1)).get('mz-frame');
  expect(frameId).toMatch(/^[a-z0-9]+$/);
  const forged = { type: HEIGHT_MESSAGE, frameId, height: 37 };
  // Our origin and the right frame id, but another window: refused.
  const other = (await (await page.locator('#other').elementHandle())?.contentFrame()) as Frame;
  await other.waitForLoadState();
  await other.evaluate((message) => window.parent.postMessage(message, '*'), forged);
  // The host page itself, and a window of the host's origin: refused.
  await page.evaluate((message) => window.postMessage(message, '*'), forged);
  await page.evaluate((message) => {
    const child = document.createElement('iframe');
    child.srcdoc = '<p>child</p>';
    child.title = 'child';
    document.body.append(child);
    child.addEventListener('load', () => child.contentWindow?.parent.postMessage(message, '*'));
  }, forged);
  await page.waitForTimeout(800);
  expect((await heights(element, frame)).outer).toBeCloseTo(before.outer, 0);
});

test('hostile option values stay inert: unknown tools and locales frame nothing, the rest is ignored or kept as text', async ({ page, baseURL }) => {
  const origin = ours(baseURL);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const attr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const prototypeNames = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
  const nothing = prototypeNames.flatMap((name) => [
    `<script src="${origin}/embed.js" data-calculator="${name}" data-locale="en"></script>`,
    `<script src="${origin}/embed.js" data-calculator="apr" data-locale="${name}"></script>`,
  ]);
  const hostile = `<script src="${origin}/embed.js" data-calculator="apr" data-locale="en" data-theme="${attr(SCRIPT_URL)}" data-accent="${attr(HOSTILE)}" data-amount="${attr(SCRIPT_URL)}" data-lender="${attr(HOSTILE)}" data-target="${attr(SCRIPT_URL)}"></script>`;
  await openHost(page, 'hostile', nothing.join('') + '<p id="after">after</p>' + hostile);
  await expect(page.locator('iframe')).toHaveCount(1);
  const element = page.locator('iframe');
  const src = new URL((await element.getAttribute('src')) as string);
  expect(src.origin + src.pathname).toBe(`${origin}/embed/en/apr/`);
  expect(src.search).toBe('');
  const params = new URLSearchParams(src.hash.slice(1));
  expect(params.has('mz-theme')).toBe(false);
  expect(params.has('mz-accent')).toBe(false);
  const frame = await hydratedFrame(element);
  await expect(frame.locator('html')).not.toHaveAttribute('data-theme', /.*/);
  expect(await frame.evaluate(() => document.documentElement.style.length)).toBe(0);
  // The values are only text in the fields; the choice that cannot hold it keeps a valid one.
  await expect(frame.locator('#amount')).toHaveValue(SCRIPT_URL);
  expect(await frame.locator('script:not([src])').evaluateAll((s) => s.filter((x) => x.textContent?.includes('alert')).length)).toBe(0);
  expect(await page.evaluate(() => document.querySelectorAll('style').length)).toBe(0);

  // Opened directly with a hostile fragment, the frame applies none of it either.
  await page.goto(`/embed/en/apr/#mz-theme=${encodeURIComponent(SCRIPT_URL)}&mz-accent=${encodeURIComponent(HOSTILE)}&mz-frame=${encodeURIComponent('<b>x</b>')}`);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
  expect(await page.evaluate(() => document.documentElement.style.length)).toBe(0);
  expect(dialogs).toEqual([]);
});

test('inside a frame: a refused clipboard shows the link to copy by hand; "open the full tool" opens our page, unsandboxed, in a new tab', async ({ page, baseURL }) => {
  const origin = ours(baseURL);
  // No allow="clipboard-write": the browser refuses the clipboard to the frame, as some hosts' pages do.
  await openHost(page, 'clipboard', `<iframe src="${origin}/embed/en/apr/#amount=10000&months=12" title="APR" width="100%" height="900" sandbox="${SANDBOX}"></iframe>`);
  const frame = await hydratedFrame(page.locator('iframe'));
  await frame.locator('.mz-copy-link button').first().click();
  const field = frame.locator('.mz-copy-link__manual input');
  await expect(field).toBeVisible();
  await expect(field).toHaveAttribute('readonly', '');
  const link = await field.inputValue();
  expect(link.startsWith(`${origin}/en/tools/apr/#`)).toBe(true);
  expect(link).toContain('amount=10000');
  expect(await frame.evaluate(() => document.activeElement?.matches('.mz-copy-link__manual input') ?? false)).toBe(true);
  expect(await frame.evaluate(() => (document.activeElement as HTMLInputElement).selectionEnd)).toBe(link.length);

  const full = frame.locator('a[data-full-tool]');
  await expect(full).toHaveAttribute('target', '_blank');
  await expect(full).toHaveAttribute('rel', 'noopener noreferrer');
  const [popup] = await Promise.all([page.waitForEvent('popup'), full.click()]);
  await popup.waitForLoadState();
  expect(popup.url()).toBe(`${origin}${toolPath('en', 'apr')}`);
  await expect(popup.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/);
  // Escaped the sandbox: the full page may keep things (a sandboxed, opaque page could not).
  expect(await popup.evaluate(() => window.origin)).toBe(origin);
  await popup.close();
});

test('the sandbox keeps the tools working: submit and its error summary, downloads, print', async ({ page, baseURL }) => {
  const origin = ours(baseURL);
  const consoleLines: string[] = [];
  page.on('console', (m) => consoleLines.push(m.text()));
  await openHost(page, 'sandbox', [
    scriptSnippet(origin, { tool: 'schedule', locale: 'en', theme: 'auto', accent: '', inputs: { amount: '100000', months: '12', method: 'equal-installment', annualPct: '12' } }, 'Open'),
    scriptSnippet(origin, { tool: 'deadlines', locale: 'en', theme: 'auto', accent: '', inputs: { receivedOn: 'soon' } }, 'Open'),
  ].join(''));
  const schedule = await hydratedFrame(page.locator('iframe').first());
  await expect(schedule.locator('[data-result="firstPayment"]').first()).toBeVisible({ timeout: 15_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), schedule.getByRole('button', { name: 'Download table (CSV)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  await schedule.getByRole('button', { name: 'Print' }).click();
  const deadlines = await hydratedFrame(page.locator('iframe').last());
  await deadlines.locator('form.mz-form button[type="submit"]').click();
  await expect(deadlines.locator('.mz-error-summary')).toBeVisible();
  await page.waitForTimeout(300);
  expect(consoleLines.filter((line) => /sandbox/i.test(line))).toEqual([]);
});

test('where the browser refuses storage in the frame, "remember my inputs" says so instead of a box that saves nothing', async ({ page, baseURL }) => {
  const origin = ours(baseURL);
  // On our own site the box is offered.
  await page.goto('/embed/en/schedule/');
  await expect(page.locator('#remember-inputs')).toBeVisible();
  await expect(page.locator('[data-storage="blocked"]')).toHaveCount(0);
  // Inside another site's page: this Chromium, like many browsers, refuses third-party storage (SecurityError).
  await openHost(page, 'storage', scriptSnippet(origin, { tool: 'schedule', locale: 'en', theme: 'auto', accent: '', inputs: {} }, 'Open') + scriptSnippet(origin, { tool: 'collection-log', locale: 'en', theme: 'auto', accent: '', inputs: {} }, 'Open'));
  let frame = await hydratedFrame(page.locator('iframe').first());
  const refused = await frame.evaluate(() => {
    try {
      window.localStorage.setItem('mz:test', '1');
      window.localStorage.removeItem('mz:test');
      return false;
    } catch {
      return true;
    }
  });
  if (refused) {
    await expect(frame.locator('[data-storage="blocked"]')).toContainText('does not let the tool save');
    await expect(frame.locator('#remember-inputs')).toHaveCount(0);
    // The collection log, which cannot keep entries there either, says so too.
    const log = await hydratedFrame(page.locator('iframe').last());
    await expect(log.locator('[data-persistence="broken"]')).toBeVisible();
  } else {
    await expect(frame.locator('#remember-inputs')).toBeVisible();
  }
  // Whatever this browser allows: where the localStorage getter throws, as browsers that block it do, the notice shows.
  await page.context().addInitScript((ourOrigin) => {
    if (location.origin !== ourOrigin || window === window.top) return;
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  }, origin);
  await page.reload();
  frame = await hydratedFrame(page.locator('iframe').first());
  await expect(frame.locator('[data-storage="blocked"]')).toContainText('does not let the tool save');
  await expect(frame.locator('#remember-inputs')).toHaveCount(0);
});

for (const locale of LOCALES) {
  for (const tool of EMBEDDABLE_TOOL_IDS) {
    test(`axe: /embed/${locale}/${tool}/ has no violations, in our colours and in a host's dark or light theme with its accent`, async ({ page }) => {
      test.setTimeout(120_000);
      for (const fragment of ['', '#mz-theme=dark&mz-accent=%23ffcc00', '#mz-theme=light&mz-accent=%2300ff99']) {
        await page.goto(`/embed/${locale}/${tool}/${fragment}`);
        await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/, { timeout: 15_000 });
        await page.waitForTimeout(300);
        const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        const violations = axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
        expect(violations, `axe violations on /embed/${locale}/${tool}/${fragment}`).toEqual([]);
      }
    });
  }
}

test('theme auto follows the device, and a host\'s choice overrides it both ways; site pages keep following the device', async ({ page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const open = async (path: string) => {
    await page.goto('about:blank'); // a fresh load each time: a change of #fragment alone would not reload the frame
    await page.goto(path);
  };
  await page.emulateMedia({ colorScheme: 'dark' });
  await open('/embed/en/apr/');
  expect(await background()).toBe('rgb(18, 20, 23)');
  await open('/embed/en/apr/#mz-theme=light');
  expect(await background()).toBe('rgb(255, 255, 255)');
  await open('/en/tools/apr/');
  expect(await background()).toBe('rgb(18, 20, 23)');
  await page.emulateMedia({ colorScheme: 'light' });
  await open('/embed/en/apr/');
  expect(await background()).toBe('rgb(255, 255, 255)');
  await open('/embed/en/apr/#mz-theme=dark');
  expect(await background()).toBe('rgb(18, 20, 23)');
  await open('/en/');
  expect(await background()).toBe('rgb(255, 255, 255)');
});

test('the loader is at most 2 KiB gzip', async ({ request }) => {
  const body = await (await request.get('/embed.js')).body();
  const size = gzipSync(body, { level: 9 }).length;
  console.log(`embed.js: ${body.length} bytes, ${size} bytes gzip -9`);
  expect(size).toBeLessThanOrEqual(2048);
});

test('embed pages exist for every embeddable tool and locale, are not indexed, and link back to the full tool', async ({ page }) => {
  for (const locale of LOCALES) {
    for (const tool of EMBEDDABLE_TOOL_IDS) {
      const response = await page.goto(`/embed/${locale}/${tool}/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      await expect(page.locator('header, footer')).toHaveCount(0);
      await expect(page.locator('a[data-full-tool]')).toHaveAttribute('href', toolPath(locale, tool));
    }
  }
});

test('the widget builder: real origin, choices change the code and the live preview, one-click copy', async ({ page, baseURL }) => {
  const origin = ours(baseURL);
  await page.goto('/en/widgets/');
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
  const script = page.locator('[data-snippet="script"] code');
  const iframe = page.locator('[data-snippet="iframe"] code');
  await expect(script).toContainText(`<script src="${origin}/embed.js" data-calculator="apr" data-locale="en" async></script>`);
  await expect(script).toContainText(`<noscript><a href="${origin}/en/tools/apr/">`);
  expect(await page.content()).not.toContain('mingzhang.example/embed');

  await page.locator('#builder-tool').selectOption('schedule');
  await page.locator('#builder-locale-zh-hant').check();
  await page.locator('#builder-theme-dark').check();
  await page.locator('#builder-accent').fill('#0a7d4f');
  await page.locator('#builder-values').fill(`${origin}/en/tools/schedule/#amount=100000&months=12&method=equal-installment&annualPct=12`);
  await expect(script).toContainText('data-calculator="schedule" data-locale="zh-hant" data-theme="dark" data-accent="#0a7d4f" data-amount="100000" data-months="12" data-method="equal-installment" data-annual-pct="12" async');
  await expect(iframe).toContainText(`src="${origin}/embed/zh-hant/schedule/#mz-theme=dark&amp;mz-accent=%230a7d4f&amp;amount=100000`);

  // The preview is the real loader with those options (it starts once it comes near the screen).
  await page.locator('[data-preview]').scrollIntoViewIfNeeded();
  const preview = page.locator('[data-preview] iframe');
  await expect(preview).toHaveCount(1);
  const frame = await hydratedFrame(preview);
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(frame.locator('[data-result="firstPayment"]').first()).toHaveAttribute('data-value', /^8884\.88/, { timeout: 15_000 });
  await expectFitted(preview, frame);

  // A hostile accent is refused with a message, and left out of the code.
  await page.locator('#builder-accent').fill(HOSTILE);
  await page.locator('#builder-accent').blur();
  await expect(page.locator('#builder-accent-error')).toBeVisible();
  await expect(script).not.toContainText('data-accent');

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.locator('section:has([data-snippet="script"]) .mz-copy-link button').click();
  await expect(page.locator('section:has([data-snippet="script"]) [role="status"]')).not.toBeEmpty();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await script.textContent());

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

