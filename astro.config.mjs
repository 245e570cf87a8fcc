// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import zhHantContent from './src/integrations/zh-hant.ts';
import islandStylesToHead from './src/integrations/island-styles-to-head.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { externalLinks } from './src/content/external-links.ts';
import { BCP47, DEFAULT_LOCALE } from './src/i18n/locales.ts';

// The public address the site is deployed at: used for canonical and hreflang URLs and the sitemap.
// Set SITE_URL when deploying; the default is a reserved example domain.
const site = process.env.SITE_URL ?? 'https://mingzhang.example';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  // zh-Hant must be derived before Astro loads content, so its integration comes first.
  integrations: [
    zhHantContent(),
    preact(),
    mdx(),
    sitemap({
      filter: (page) => !page.includes('/embed/') && !/\/404\/?$/.test(page) && !/\/offline\/$/.test(page),
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: BCP47 },
    }),
    islandStylesToHead(),
  ],
  // MDX extends this: links to other sites in articles carry rel="noopener noreferrer".
  // No syntax highlighting: Shiki writes style="…" attributes, which the CSP refuses (articles hold no code).
  markdown: { processor: satteri({ hastPlugins: [externalLinks(site)] }), syntaxHighlight: false },
  // Prefetching would add script to every page; article pages must ship none.
  prefetch: false,
  devToolbar: { enabled: false },
  // A Content-Security-Policy <meta> on every page, with the hashes of the scripts and styles Astro writes inline.
  // public/_headers adds frame-ancestors (a <meta> cannot) and the README explains both.
  security: {
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
  server: { port: 4321 },
});
