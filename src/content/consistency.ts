/**
 * Rules that span files, which a per-file schema cannot express: every article and glossary term
 * exists in every hand-written locale, and cross-references point at things that exist.
 * Returns problems as sentences for the person editing content (build output, not UI).
 */
export { WRITTEN_LOCALES } from '../i18n/locales';
import { WRITTEN_LOCALES } from '../i18n/locales';

export interface ArticleRef {
  locale: string;
  slug: string;
  related: string[];
  /** Glossary ids used in the body through <Term id="…">. */
  termIds: string[];
}
export interface TermRef {
  locale: string;
  id: string;
  seeAlso: string[];
  article?: string | undefined;
}

export function findContentProblems(articles: ArticleRef[], terms: TermRef[]): string[] {
  const problems: string[] = [];
  const slugsBy = (locale: string) => new Set(articles.filter((a) => a.locale === locale).map((a) => a.slug));
  const termsBy = (locale: string) => new Set(terms.filter((t) => t.locale === locale).map((t) => t.id));
  const allSlugs = new Set(articles.map((a) => a.slug));
  const allTermIds = new Set(terms.map((t) => t.id));

  for (const locale of WRITTEN_LOCALES) {
    const slugs = slugsBy(locale);
    for (const slug of allSlugs) {
      if (!slugs.has(slug)) problems.push(`Article "${slug}" has no ${locale} version: add content/articles/${locale}/${slug}.mdx.`);
    }
    const ids = termsBy(locale);
    for (const id of allTermIds) {
      if (!ids.has(id)) problems.push(`Glossary term "${id}" is missing from content/glossary/${locale}.json.`);
    }
  }
  for (const a of articles) {
    for (const slug of a.related) {
      if (!allSlugs.has(slug)) problems.push(`content/articles/${a.locale}/${a.slug}.mdx: related article "${slug}" does not exist.`);
    }
    for (const id of a.termIds) {
      if (!allTermIds.has(id)) problems.push(`content/articles/${a.locale}/${a.slug}.mdx: <Term id="${id}"> has no glossary entry.`);
    }
  }
  for (const t of terms) {
    for (const id of t.seeAlso) {
      if (!allTermIds.has(id)) problems.push(`content/glossary/${t.locale}.json: "${t.id}" sees also "${id}", which does not exist.`);
    }
    if (t.article && !allSlugs.has(t.article)) {
      problems.push(`content/glossary/${t.locale}.json: "${t.id}" points to article "${t.article}", which does not exist.`);
    }
  }
  return problems;
}

/** Glossary ids referenced by <Term id="…"> in an MDX body. */
export const termIdsIn = (body: string): string[] => [...body.matchAll(/<Term\s+id="([^"]+)"/g)].map((m) => m[1] as string);
