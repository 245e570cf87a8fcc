import { expect, type Page } from '@playwright/test';

/**
 * Clicks the tool's "copy link" button and returns the link it copied (the only place the inputs are put
 * in an address, in its #fragment). Uses the real clipboard of a real Chromium.
 */
export async function copiedLink(page: Page): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.locator('.mz-copy-link button').first().click();
  await expect(page.locator('.mz-copy-link [role="status"]').first()).not.toBeEmpty();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The address holds no input: only the page's path. */
export async function expectCleanAddress(page: Page) {
  const url = new URL(page.url());
  expect(url.search + url.hash, `address ${page.url()}`).toBe('');
}
