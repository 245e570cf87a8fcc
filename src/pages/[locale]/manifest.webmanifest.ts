import type { APIRoute } from 'astro';
import { BCP47, LOCALES, type Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/messages';

/**
 * The web app manifest of one locale (linked from each of its pages): installing the site from a zh-hant
 * page installs the zh-hant app, which opens on its own home and stays within /zh-hant/.
 * Colours are the light theme's page background (BaseLayout's theme-color) so the splash matches the first paint.
 */
export const getStaticPaths = () => LOCALES.map((locale) => ({ params: { locale } }));

const PAGE_BACKGROUND = '#f4f6f8';

export const GET: APIRoute = ({ params }) => {
  const locale = params.locale as Locale;
  const t = useTranslations(locale);
  const manifest = {
    id: `/${locale}/`,
    name: t('manifest.name'),
    short_name: t('site.name'),
    description: t('site.description'),
    lang: BCP47[locale],
    dir: 'ltr',
    start_url: `/${locale}/`,
    scope: `/${locale}/`,
    display: 'standalone',
    theme_color: PAGE_BACKGROUND,
    background_color: PAGE_BACKGROUND,
    icons: [
      { src: '/icons/icon.svg', type: 'image/svg+xml', sizes: 'any', purpose: 'any' },
      { src: '/icons/icon-192.png', type: 'image/png', sizes: '192x192', purpose: 'any' },
      { src: '/icons/icon-512.png', type: 'image/png', sizes: '512x512', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', type: 'image/png', sizes: '512x512', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'content-type': 'application/manifest+json' } });
};
