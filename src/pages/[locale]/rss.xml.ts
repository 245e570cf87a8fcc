import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { BCP47, LOCALES, type Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/messages';
import { getArticles } from '../../content/queries';

export const getStaticPaths = () => LOCALES.map((locale) => ({ params: { locale } }));

/** RSS 2.0 feed of one locale's articles, most recently reviewed first (a review is when facts changed). */
export async function GET(context: APIContext): Promise<Response> {
  const locale = context.params.locale as Locale;
  const t = useTranslations(locale);
  const site = context.site ?? new URL('https://mingzhang.example');
  const absolute = (path: string) => new URL(path, site).href;
  const articles = (await getArticles(locale)).sort(
    (a, b) => b.entry.data.reviewedAt.getTime() - a.entry.data.reviewedAt.getTime() || a.slug.localeCompare(b.slug),
  );
  return rss({
    title: t('feed.title'),
    description: t('feed.description'),
    site: absolute(`/${locale}/articles/`),
    items: articles.map(({ slug, entry }) => ({
      title: entry.data.title,
      description: entry.data.description,
      link: absolute(`/${locale}/articles/${slug}/`),
      pubDate: entry.data.reviewedAt,
    })),
    customData: `<language>${BCP47[locale]}</language>`,
  });
}
