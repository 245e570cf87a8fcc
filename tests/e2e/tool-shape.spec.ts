import { test, expect, type Page, type Request } from '@playwright/test';
import { LOCALES } from '../../src/i18n/locales';
import { EMBEDDABLE_TOOL_IDS, TOOL_IDS, embedPath, toolPath } from '../../src/tools';
import { TOOL_EXAMPLES } from './support/tool-examples';
import { copiedLink, expectCleanAddress } from './support/share';

/**
 * What every tool in the registry must do: no input in the address, a request or a Referer;
 * share links in the fragment and old ?links both open the same result; the language switch keeps the
 * inputs; every error-summary link lands on a focusable input; embeds look like the tool page.
 */
async function hydrate(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/);
}

/** Everything the page asks for, with the Referer each request carries. */
function recordRequests(page: Page): Array<{ url: string; referer: string | undefined }> {
  const seen: Array<{ url: string; referer: string | undefined }> = [];
  page.on('request', (r: Request) => seen.push({ url: r.url(), referer: r.headers()['referer'] }));
  return seen;
}

const figureOf = (page: Page, name: string) => page.locator(`[data-result="${name}"]`).first();

for (const tool of TOOL_IDS) {
  const entry = TOOL_EXAMPLES[tool];
  if ('record' in entry) continue;
  const example = entry;
  for (const locale of LOCALES) {
    test(`${tool} ${locale}: a #share link fills the form, the address is emptied, and no input reaches any request or Referer`, async ({ page }) => {
      const requests = recordRequests(page);
      await hydrate(page, `${toolPath(locale, tool)}${example.fragment}`);
      await expect(figureOf(page, example.figure.name)).toBeVisible({ timeout: 15_000 });
      if (example.figure.value) await expect(figureOf(page, example.figure.name)).toHaveAttribute('data-value', new RegExp(`^${example.figure.value}`));
      await expectCleanAddress(page);
      const entries = await page.evaluate(() => history.length);
      await page.locator(example.type.selector).fill(example.type.secret);
      await page.locator(example.type.selector).blur();
      await page.waitForTimeout(600); // past the pause after which the heavy parts compute and load
      await expectCleanAddress(page);
      // No entry was added to the history either (the address of this one was cleared above).
      expect(await page.evaluate(() => history.length)).toBe(entries);
      // Every value the reader had: the link's and the typed one, raw and URL-encoded.
      const secrets = [example.type.secret, ...[...new URLSearchParams(example.fragment.slice(1)).values()].filter((v) => v.length >= 3)];
      for (const { url, referer } of requests) {
        expect(referer ?? '', `Referer of ${url}`).toBe(''); // no-referrer: no header (Playwright may list it empty)
        for (const secret of secrets) {
          expect(decodeURIComponent(url.replace(/^[^#]*#.*$/, '')), url).not.toContain(secret);
          expect(url, url).not.toContain(encodeURIComponent(secret));
        }
      }
      // The copied link reproduces what is on screen.
      const shared = await copiedLink(page);
      expect(shared.startsWith(`http://127.0.0.1:${new URL(page.url()).port}${toolPath(locale, tool)}#`)).toBe(true);
      expect(shared).toContain(encodeURIComponent(example.type.secret));
    });
  }

  test(`${tool}: in every locale an old ?link opens the same result as the #link, and is taken out of the address`, async ({ page }) => {
    for (const locale of LOCALES) {
      await hydrate(page, `${toolPath(locale, tool)}${example.fragment}`);
      await expect(figureOf(page, example.figure.name)).toBeVisible({ timeout: 15_000 });
      const viaFragment = await figureOf(page, example.figure.name).getAttribute('data-value');
      await hydrate(page, `${toolPath(locale, tool)}?${example.fragment.slice(1)}`);
      await expect(figureOf(page, example.figure.name)).toHaveAttribute('data-value', viaFragment ?? '');
      await expectCleanAddress(page);
    }
  });

  test(`${tool}: switching language keeps the inputs, on the device, out of the address`, async ({ page }) => {
    await hydrate(page, toolPath('zh-hans', tool));
    await page.locator(example.type.selector).fill(example.type.secret);
    await page.locator('a[data-locale-switch][hreflang="en"]').click();
    await page.waitForURL(`**${toolPath('en', tool)}`);
    await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/);
    await expect(page.locator(example.type.selector)).toHaveValue(example.type.secret);
    await expectCleanAddress(page);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0); // the hand-off is taken once
  });

  for (const locale of LOCALES) {
    test(`${tool} ${locale}: every error-summary link lands on a focusable input`, async ({ page }) => {
      await hydrate(page, `${toolPath(locale, tool)}${example.broken}`);
      await page.locator('form.mz-form button[type="submit"]').first().click();
      const links = page.locator('.mz-error-summary a');
      await expect(links.first()).toBeVisible();
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThanOrEqual(example.minLinks);
      for (const [i, href] of hrefs.entries()) {
        await links.nth(i).click();
        const focused = await page.evaluate(() => ({ id: document.activeElement?.id, tag: document.activeElement?.tagName }));
        expect(`#${focused.id}`, `summary link ${href}`).toBe(href);
        expect(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON']).toContain(focused.tag);
      }
    });
  }
}

/** Style properties that show whether the island's own rules reached the page (sizes excluded: widths differ). */
const PROPERTIES = ['display', 'position', 'font-size', 'font-weight', 'color', 'background-color', 'border-left-width', 'border-left-style',
  'border-top-style', 'padding-left', 'margin-bottom', 'list-style-type', 'row-gap', 'opacity', 'grid-column-start'];

for (const tool of EMBEDDABLE_TOOL_IDS) {
  test(`${tool}: the embed route and the tool page give the island the same computed styles`, async ({ page }) => {
    const example = TOOL_EXAMPLES[tool];
    const styles = async (path: string) => {
      await hydrate(page, path + ('record' in example ? '' : example.fragment));
      await expect(page.locator('record' in example ? example.record.ready : `[data-result="${example.figure.name}"]`).first()).toBeVisible({ timeout: 15_000 });
      await page.waitForTimeout(600);
      return page.locator('.mz-calc').evaluate((root, props) => {
        return [root, ...root.querySelectorAll('*')].map((el) => {
          const cs = getComputedStyle(el);
          return `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ` + props.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
        });
      }, PROPERTIES);
    };
    const onPage = await styles(toolPath('en', tool));
    const inEmbed = await styles(embedPath('en', tool));
    expect(inEmbed.length).toBe(onPage.length);
    expect(inEmbed).toEqual(onPage);
  });
}

test('an error appears only after the tap that left the field has landed, and never for an empty field passed through', async ({ page }) => {
  await hydrate(page, toolPath('en', 'payoff'));
  // Empty budget, then a tap on a strategy: the tap lands, no error.
  await page.locator('#budget').click();
  await page.locator('label[for="strategy-minimums"]').click();
  await expect(page.locator('#strategy-minimums')).toBeChecked();
  await expect(page.locator('#budget-error')).toHaveCount(0);
  // Text that cannot be read, then a tap on another strategy: the tap lands first, then the message shows.
  await page.locator('#budget').fill('abc');
  await page.locator('label[for="strategy-snowball"]').click();
  await expect(page.locator('#strategy-snowball')).toBeChecked();
  await expect(page.locator('#budget-error')).toBeVisible();
  // Keyboard: passing an empty field with Tab shows nothing either.
  await page.locator('#start').focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('#start-error')).toHaveCount(0);
});
