import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { conflicts, headersFor, matchingBlocks, parseHeadersFile, patternRegExp } from '../../../scripts/headers-file.mjs';
import { LOCALES } from '../../../src/i18n/locales';

describe('parseHeadersFile', () => {
  it('reads blocks of indented "Name: value" lines, skipping comments and blank lines', () => {
    const blocks = parseHeadersFile('# site-wide\n/*\n  X-A: 1\n\n  # note\n  Link: </a.css>; rel=preload\n/b/\n  X-B: two: parts\n');
    expect(blocks).toEqual([
      { pattern: '/*', line: 2, headers: [['X-A', '1'], ['Link', '</a.css>; rel=preload']] },
      { pattern: '/b/', line: 7, headers: [['X-B', 'two: parts']] },
    ]);
  });

  it('joins a header named twice in one block with ", " (any case), as Netlify does', () => {
    expect(parseHeadersFile('/x\n  Cache-Control: no-cache\n  cache-control: no-transform\n')[0]?.headers).toEqual([['Cache-Control', 'no-cache, no-transform']]);
  });

  it('refuses a header before any path and a line that is not "Name: value"', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/line 1: a header before any path/);
    expect(() => parseHeadersFile('/x\n  no colon here\n')).toThrow(/line 2/);
    expect(() => parseHeadersFile('/x\n  X-Empty:\n')).toThrow(/line 2/);
  });
});

describe('patternRegExp (Netlify path matching)', () => {
  const matches = (pattern: string, path: string) => patternRegExp(pattern).test(path);

  it('a whole-segment * matches the rest of the path, any depth, or nothing', () => {
    expect(matches('/*', '/')).toBe(true);
    expect(matches('/*', '/en/articles/sued/')).toBe(true);
    expect(matches('/embed/*', '/embed/en/apr/')).toBe(true);
    expect(matches('/embed/*', '/embed/')).toBe(true);
    expect(matches('/embed/*', '/embed')).toBe(true);
    // Netlify's quirk: the slash before a whole-segment * is optional, so /embed/* also matches /embed.js.
    expect(matches('/embed/*', '/embed.js')).toBe(true);
    expect(matches('/embed/:locale/*', '/embed.js')).toBe(false);
    expect(matches('/embed/*', '/en/embed/x')).toBe(false);
  });

  it('* inside a segment matches anything there; :name matches exactly one segment', () => {
    expect(matches('/_astro/*.css', '/_astro/base.BWY6TjDT.css')).toBe(true);
    expect(matches('/_astro/*.css', '/_astro/base.js')).toBe(false);
    expect(matches('/:locale/sw.js', '/zh-hans/sw.js')).toBe(true);
    expect(matches('/:locale/sw.js', '/sw.js')).toBe(false);
    expect(matches('/:locale/sw.js', '/a/b/sw.js')).toBe(false);
  });

  it('a literal path matches with or without its trailing slash, in any case, and nothing else', () => {
    expect(matches('/', '/')).toBe(true);
    expect(matches('/', '/en/')).toBe(false);
    expect(matches('/en/privacy/', '/en/privacy')).toBe(true);
    expect(matches('/en/privacy', '/EN/Privacy/')).toBe(true);
    expect(matches('/sw.js', '/sw.js')).toBe(true);
    expect(matches('/sw.js', '/swxjs')).toBe(false); // the dot is literal
  });
});

describe('headersFor and conflicts', () => {
  const blocks = parseHeadersFile('/*\n  X-All: 1\n  Cache-Control: no-cache\n/_astro/*\n  Cache-Control: immutable\n/en/*\n  X-En: yes\n');

  it('applies every matching block in order; a later block overrides a header an earlier one set', () => {
    expect(matchingBlocks(blocks, '/_astro/a.js').map((b) => b.pattern)).toEqual(['/*', '/_astro/*']);
    expect(headersFor(blocks, '/_astro/a.js')).toEqual({ 'X-All': '1', 'Cache-Control': 'immutable' });
    expect(headersFor(blocks, '/en/')).toEqual({ 'X-All': '1', 'Cache-Control': 'no-cache', 'X-En': 'yes' });
    expect(headersFor([], '/en/')).toEqual({});
  });

  it('names a header two matching blocks both set (hosts disagree on it)', () => {
    expect(conflicts(blocks, '/_astro/a.js')).toEqual(['Cache-Control (/* and /_astro/*)']);
    expect(conflicts(blocks, '/en/')).toEqual([]);
  });
});

describe('public/_headers', () => {
  const blocks = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
  const policy = (path: string) => headersFor(blocks, path)['Content-Security-Policy'] ?? '';
  const pages = ['/', '/index.html', '/404.html', ...LOCALES.flatMap((l) => [`/${l}/`, `/${l}/tools/apr/`, `/${l}/articles/sued/`]), '/embed/en/apr/'];

  it('gives no path the same header from two blocks (Netlify and Cloudflare would send different values)', () => {
    for (const path of [...pages, '/_astro/x.js', '/sw.js', '/en/sw.js', '/embed.js', '/pagefind/pagefind.js', '/favicon.svg']) {
      expect(conflicts(blocks, path), path).toEqual([]);
    }
  });

  it('every page but an embed refuses every frame; embeds may be framed by any site', () => {
    for (const path of pages.filter((p) => !p.startsWith('/embed/'))) expect(policy(path), path).toContain("frame-ancestors 'none'");
    expect(policy('/embed/zh-hans/payoff/')).not.toContain('frame-ancestors');
    for (const path of pages) for (const d of ["object-src 'none'", "base-uri 'self'", "form-action 'self'"]) expect(policy(path), path).toContain(d);
  });

  it('carries no directive that would block what the page <meta> allows by hash (policies intersect)', () => {
    for (const path of pages) expect(policy(path), path).not.toMatch(/(default|script|style)-src/);
  });

  it('sends nosniff, a Referer policy and a deny-by-default Permissions-Policy everywhere', () => {
    for (const path of [...pages, '/_astro/x.js', '/favicon.svg']) {
      const h = headersFor(blocks, path);
      expect(h['X-Content-Type-Options'], path).toBe('nosniff');
      // Pages: a Referer only to our own pages (the offline worker keeps the article a reader came from); embeds and
      // scripts: none (a script's imports would otherwise name it).
      if (path.startsWith('/embed/') || path.startsWith('/_astro/')) expect(h['Referrer-Policy'], path).toBe('no-referrer');
      else if (pages.includes(path)) expect(h['Referrer-Policy'], path).toBe('same-origin');
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(h['Permissions-Policy'], path).toContain(`${feature}=()`);
      expect(h['Permissions-Policy'], path).toContain('clipboard-write=(self)');
    }
  });

  it('caches hashed assets for a year and revalidates pages and the service worker (at / or under a locale) every time', () => {
    expect(headersFor(blocks, '/_astro/ToolIsland.DZVkZMM_.css')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    for (const path of [...pages, '/sw.js', ...LOCALES.map((l) => `/${l}/sw.js`), '/embed.js', '/pagefind/pagefind-entry.json']) {
      expect(headersFor(blocks, path)['Cache-Control'], path).toBe('no-cache');
    }
  });
});
