import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { TOPICS } from './schema';
import { findContentProblems, termIdsIn } from './consistency';

export type ArticleEntry = CollectionEntry<'articles'> | CollectionEntry<'articlesZhHant'>;
export interface Article {
  locale: Locale;
  slug: string;
  entry: ArticleEntry;
}
export type GlossaryEntry = CollectionEntry<'glossary'>['data'];

const splitId = (id: string) => {
  const [locale, ...rest] = id.split('/');
  return { locale: locale as Locale, slug: rest.join('/') };
};

let checked: Promise<void> | undefined;

/** Cross-file rules (counterparts in every locale, valid references). A problem fails the build. */
function checkContentOnce(): Promise<void> {
  checked ??= (async () => {
    const written = await getCollection('articles');
    const terms = await getCollection('glossary', (t) => t.data.locale !== 'zh-hant');
    const problems = findContentProblems(
      written.map((e) => ({ ...splitId(e.id), related: e.data.related, termIds: termIdsIn(e.body ?? '') })),
      terms.map((t) => ({ locale: t.data.locale, id: t.data.id, seeAlso: t.data.seeAlso, article: t.data.article })),
    );
    if (problems.length) throw new Error(`Content problems:\n${problems.join('\n')}`);
  })();
  return checked;
}

const topicRank = (topic: string) => TOPICS.indexOf(topic as (typeof TOPICS)[number]);

/** Articles of one locale, in index order: by topic, then `order`, then slug. */
export async function getArticles(locale: Locale): Promise<Article[]> {
  await checkContentOnce();
  const entries: ArticleEntry[] = locale === 'zh-hant' ? await getCollection('articlesZhHant') : await getCollection('articles');
  return entries
    .map((entry) => ({ ...splitId(entry.id), entry }))
    .filter((a) => a.locale === locale)
    .sort(
      (a, b) =>
        topicRank(a.entry.data.topic) - topicRank(b.entry.data.topic) ||
        a.entry.data.order - b.entry.data.order ||
        a.slug.localeCompare(b.slug),
    );
}

/** Glossary terms of one locale, in file order. */
export async function getGlossary(locale: Locale): Promise<GlossaryEntry[]> {
  await checkContentOnce();
  return (await getCollection('glossary', (t) => t.data.locale === locale)).map((t) => t.data);
}
