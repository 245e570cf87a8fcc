import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import { readFileSync } from 'node:fs';
import { builtPages, fileFor, idsIn } from './support/built-site';
import { watchCsp } from './support/csp';

/**
 * Every built page, every locale: WCAG A/AA (axe), no request to another origin, no console error or
 * uncaught exception or Content-Security-Policy violation (served with dist/_headers), every internal link and
 * asset resolves (fragments included), valid HTML (html-validate here; the Nu HTML Checker in `npm run validate`).
 */
const SITE_ORIGIN = new URL(process.env.SITE_URL ?? 'https://mingzhang.example').origin;
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro's compressed output puts attributes and text where these style-only rules object; they do not affect validity.
    'no-trailing-whitespace': 'off',
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    'no-inline-style': 'off',
    // An SEO length hint, not validity: full article titles in English run past 70 characters.
    'long-title': 'off',
    // HTML5 ids may start with a digit; Markdown headings such as "1. 年化利率" produce them.
    'valid-id': ['error', { relaxed: true }],
  },
});

for (const path of builtPages()) {
  test(`page ${path}`, async ({ page, baseURL }) => {
    const localOrigin = new URL(baseURL as string).origin;
    const foreignRequests: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== localOrigin) foreignRequests.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
    const cspViolations = await watchCsp(page);

    const response = await page.goto(path, { waitUntil: 'load' });
    // 404.html is served with 404 only when requested for a missing path; requested directly it is 200.
    expect(response?.status(), `${path} HTTP status`).toBe(200);
    await page.waitForLoadState('networkidle');

    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const violations = axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
    expect(violations, `axe violations on ${path}`).toEqual([]);

    const targets = await page.$$eval('a[href], link[href], img[src], script[src], source[srcset], iframe[src]', (elements) =>
      elements.map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('srcset') ?? ''),
    );
    const broken: string[] = [];
    for (const raw of targets) {
      const url = new URL(raw, new URL(path, localOrigin));
      // Canonical and hreflang URLs name the public site; they must resolve in the build just the same.
      const internal = url.origin === localOrigin || url.origin === SITE_ORIGIN;
      if (!internal || !['http:', 'https:'].includes(url.protocol)) continue;
      const file = fileFor(url.pathname);
      if (!file) broken.push(`${raw} (no page)`);
      // An embed frame's fragment carries its options and start values (src/embed/options.ts), not an anchor.
      else if (url.hash && file.endsWith('.html') && !url.pathname.startsWith('/embed/') && !idsIn(file).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${raw} (no #${url.hash.slice(1)})`);
    }
    expect(broken, `broken links on ${path}`).toEqual([]);

    const report = await validator.validateString(readFileSync(fileFor(path) as string, 'utf8'), path);
    const invalid = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} line ${m.line}: ${m.message}`));
    expect(invalid, `HTML validation on ${path}`).toEqual([]);

    expect(foreignRequests, `requests to other origins from ${path}`).toEqual([]);
    expect(consoleErrors, `console errors on ${path}`).toEqual([]);
    expect(await cspViolations(), `CSP violations on ${path}`).toEqual([]);
  });
}
