import { test, expect } from '@playwright/test';
import { builtPages } from './support/built-site';

/**
 * Action first, on a phone (issue 12 §2): on every article page in every locale, at 390 × 844, the
 * "现在就做 / Do this first" box lies entirely within the first screen, before any scrolling.
 */
const PHONE = { width: 390, height: 844 };
const articlePages = builtPages().filter((path) => /^\/[^/]+\/articles\/[^/]+\/$/.test(path));

test('there are article pages in every locale', () => {
  for (const locale of ['zh-hans', 'zh-hant', 'en']) {
    expect(articlePages.filter((path) => path.startsWith(`/${locale}/`)).length, locale).toBeGreaterThan(10);
  }
});

test.describe('first screen', () => {
  test.use({ viewport: PHONE });
  for (const path of articlePages) {
    test(`the action box is on the first screen of ${path}`, async ({ page }) => {
      await page.goto(path);
      const box = page.locator('section.mz-box--act');
      await expect(box).toHaveCount(1);
      await expect(box.locator('#act-now')).toBeVisible();
      const rect = await box.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY, left: r.left, right: r.right };
      });
      expect(rect.top, 'top of the box').toBeGreaterThanOrEqual(0);
      expect(rect.bottom, `bottom of the box (must be ≤ ${PHONE.height})`).toBeLessThanOrEqual(PHONE.height);
      expect(rect.left).toBeGreaterThanOrEqual(0);
      expect(rect.right).toBeLessThanOrEqual(PHONE.width);
    });
  }
});
