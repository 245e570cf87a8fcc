/**
 * Builds the service workers after `astro build && pagefind` (so dist/ is complete): for each locale, Workbox's
 * getManifest lists what to precache with a content revision for every unhashed file, and esbuild bundles
 * src/offline/worker/service-worker.ts with that list, the locale and a build id (a hash of the list).
 * Output: dist/sw.js (zh-hans, scope /) and dist/{locale}/sw.js. README "Offline" explains the choices.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { getManifest } from 'workbox-build';
import { LOCALES, type Locale } from '../src/i18n/locales';
import { workerUrl } from '../src/offline/scope';

const DIST = 'dist';

/** What one locale's reader gets on their device at the first tool page they open. */
const precached = (locale: Locale) => [
  // Every script and style of the build: each tool's form, its lazy engine half, chart.js, the offline list.
  '_astro/**/*.{js,css}',
  `${locale}/tools/**/index.html`,
  `${locale}/index.html`,
  `${locale}/offline/index.html`,
  ...(locale === 'zh-hans' ? ['index.html'] : []),
  `${locale}/manifest.webmanifest`,
  'icons/*',
  'favicon.svg',
  'embed.js',
];

/** dist/en/tools/apr/index.html is served as /en/tools/apr/: precache it under the address a reader opens. */
const pageAddress = (path: string) => `/${path.replace(/(^|\/)index\.html$/, '$1')}`;

for (const locale of LOCALES) {
  const { manifestEntries, count, size, warnings } = await getManifest({
    globDirectory: DIST,
    globPatterns: precached(locale),
    // Astro's file names carry a content hash: no revision needed, and no cache-busting query.
    dontCacheBustURLsMatching: /^_astro\//,
    manifestTransforms: [async (entries) => ({ manifest: entries.map((entry) => ({ ...entry, url: pageAddress(entry.url) })), warnings: [] })],
  });
  if (warnings.length) throw new Error(`[build-sw] ${locale}: ${warnings.join('; ')}`);
  const manifest = manifestEntries ?? [];
  for (const page of [`/${locale}/offline/`, `/${locale}/tools/apr/`]) {
    if (!manifest.some((entry) => entry.url === page)) throw new Error(`[build-sw] ${locale}: ${page} is missing from the precache list`);
  }
  const buildId = createHash('sha256').update(JSON.stringify(manifest)).digest('hex').slice(0, 12);
  const outfile = join(DIST, workerUrl(locale));
  await build({
    entryPoints: ['src/offline/worker/service-worker.ts'],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    outfile,
    logLevel: 'warning',
    define: {
      'self.__WB_MANIFEST': JSON.stringify(manifest),
      MZ_LOCALE: JSON.stringify(locale),
      MZ_BUILD: JSON.stringify(buildId),
      // Workbox's development logging and assertions are left out.
      'process.env.NODE_ENV': '"production"',
    },
  });
  console.log(`[build-sw] ${outfile}: build ${buildId}, precaches ${count} files, ${(size / 1024).toFixed(0)} KiB before compression`);
}
