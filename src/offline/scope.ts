import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';

/**
 * What each locale's service worker answers, in one place for the worker, the pages and the tests.
 *
 * One worker per locale, so a reader downloads the tool pages of their own language only. zh-hans's sits at
 * the root (/sw.js, scope /) because the site root serves the zh-hans home page; the others at
 * /{locale}/sw.js (scope /{locale}/). A browser lets the longest matching scope control a page, so /en/
 * pages go to the en worker once it exists; the root worker leaves other locales' pages alone.
 */
export const workerUrl = (locale: Locale): string => (locale === DEFAULT_LOCALE ? '/sw.js' : `/${locale}/sw.js`);

/** The page shown for a page this device has not kept. */
export const offlinePath = (locale: Locale): string => `/${locale}/offline/`;

/** Pages kept as they are read live in one cache per locale and build; older builds' caches are emptied on update. */
export const pageCachePrefix = (locale: Locale): string => `mz-pages-${locale}-`;
export const pageCacheName = (locale: Locale, build: string): string => `${pageCachePrefix(locale)}${build}`;

/** A page of this locale (every page URL ends in a slash; files never do). The root is zh-hans's home. */
export function isLocalePage(pathname: string, locale: Locale): boolean {
  if (!pathname.endsWith('/')) return false;
  return pathname.startsWith(`/${locale}/`) || (locale === DEFAULT_LOCALE && pathname === '/');
}

/** Search needs the pagefind index, which is not kept offline (README: "Offline"). */
export const isSearchPage = (pathname: string): boolean => /^\/[^/]+\/search\/$/.test(pathname);

/** The same page whatever the query or fragment: one cached copy, and no typed input in a cache key. */
export function pageKey(url: string): string {
  const parsed = new URL(url);
  parsed.search = '';
  parsed.hash = '';
  return parsed.href;
}

/**
 * The build's scripts and styles a page names (/_astro/… .js and .css). A page belongs to a build when the
 * build holds every one of them; a page whose chunks are gone would break, so it is never served offline.
 */
export function assetsNamedBy(html: string): string[] {
  return [...new Set(html.match(/\/_astro\/[\w./-]+?\.(?:js|css)(?![\w.-])/g) ?? [])];
}
