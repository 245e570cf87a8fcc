/// <reference lib="webworker" />
/**
 * The service worker of one locale, built by scripts/build-sw.ts after `astro build && pagefind`: Workbox does
 * the caching; this file only says what goes where. README "Offline" explains the choices.
 *
 * - Precached (one versioned set per build, installed whole or not at all): the locale's tool pages, home,
 *   tools index and offline page, every script and style of the build (the islands' lazy halves and chart.js
 *   too), embed.js, the manifest and icons.
 * - Pages (HTML): the network first, so a reader online always gets today's page; after a few seconds or with
 *   no network, the copy this device kept of that page, then the precached one, then the offline page.
 *   A page is kept only if this build holds every script and style it names, so a cached page never asks
 *   for a chunk of another build.
 * - Updates wait: a new worker installs beside the old one and takes over only when the page asks
 *   (SKIP_WAITING, from the "reload" button) or when every tab of the site has closed.
 */
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import { cleanupOutdatedCaches, getCacheKeyForURL, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkFirst, NetworkOnly } from 'workbox-strategies';
import type { Locale } from '../../i18n/locales';
import { assetsNamedBy, isLocalePage, isSearchPage, offlinePath, pageCacheName, pageCachePrefix, pageKey } from '../scope';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: PrecacheEntry[] };
// Set by scripts/build-sw.ts: the worker's locale and the build (a hash of its precache list).
declare const MZ_LOCALE: Locale;
declare const MZ_BUILD: string;

const PAGES = pageCacheName(MZ_LOCALE, MZ_BUILD);
/** After this long without an answer, a kept copy is shown (weak mobile data); the answer still refreshes the copy. */
const NETWORK_TIMEOUT_SECONDS = 4;

const absolute = (path: string) => new URL(path, self.location.origin).href;
const isPrecached = (url: string) => getCacheKeyForURL(pageKey(url)) !== undefined;
const ofThisBuild = (html: string) => assetsNamedBy(html).every((asset) => isPrecached(absolute(asset)));

async function keepable(response: Response): Promise<boolean> {
  if (response.status !== 200 || response.type !== 'basic') return false;
  if (!response.headers.get('content-type')?.includes('text/html')) return false;
  return ofThisBuild(await response.clone().text());
}

const pageRules: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => pageKey(request.url),
  // Precached pages are not kept twice; other pages only when they belong to this build.
  cacheWillUpdate: async ({ request, response }) => (!isPrecached(request.url) && (await keepable(response)) ? response : null),
  cachedResponseWillBeUsed: async ({ request, cachedResponse }) => cachedResponse ?? (await matchPrecache(pageKey(request.url))),
};

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// A first install takes the open tab at once (it came from the same build); an update waits for SKIP_WAITING.
clientsClaim();
cleanupOutdatedCaches();

// Routes are tried in order: search, then pages, then the precache (scripts, styles, icons).
registerRoute(({ url, sameOrigin }) => sameOrigin && isSearchPage(url.pathname), new NetworkOnly());
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && isLocalePage(url.pathname, MZ_LOCALE),
  new NetworkFirst({ cacheName: PAGES, networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS, plugins: [pageRules] }),
);
precacheAndRoute(self.__WB_MANIFEST);

setCatchHandler(async ({ request }) => {
  const page = request.mode === 'navigate' || request.destination === 'document';
  return (page && (await matchPrecache(offlinePath(MZ_LOCALE)))) || Response.error();
});

/**
 * Pages kept under an older build move to this build's cache when this build still holds all they name;
 * the others are fetched again (best effort, after activation, so taking over is never slowed by the
 * network) and dropped if that fails: a page that would ask for chunks this build no longer has is never served.
 */
async function carryOverPages(): Promise<string[]> {
  const older = (await caches.keys()).filter((name) => name.startsWith(pageCachePrefix(MZ_LOCALE)) && name !== PAGES);
  const current = await caches.open(PAGES);
  const refetch: string[] = [];
  for (const name of older) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const response = await cache.match(request);
      if (response && (await keepable(response))) await current.put(request, response);
      else refetch.push(request.url);
    }
    await caches.delete(name);
  }
  return refetch;
}

async function refetchPages(urls: string[]): Promise<void> {
  const current = await caches.open(PAGES);
  for (const url of urls) {
    try {
      const response = await fetch(url, { cache: 'no-cache' });
      if (await keepable(response)) await current.put(url, response);
    } catch {
      // Offline at the moment of the update: the page is read from the network next time, and kept then.
    }
  }
}

self.addEventListener('activate', (event) => {
  event.waitUntil(carryOverPages().then((urls) => void refetchPages(urls)));
});
