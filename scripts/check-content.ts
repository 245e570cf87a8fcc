/**
 * Checks every article's frontmatter and the glossary files without building the site:
 * `npx tsx scripts/check-content.ts`. The build applies the same schema and rules.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { articleSchema, glossaryFileSchema } from '../src/content/schema';
import { WRITTEN_LOCALES, findContentProblems, termIdsIn, type ArticleRef, type TermRef } from '../src/content/consistency';

const problems: string[] = [];
const articles: ArticleRef[] = [];
const terms: TermRef[] = [];

for (const locale of WRITTEN_LOCALES) {
  const dir = join('content/articles', locale);
  for (const file of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')) : []) {
    const text = readFileSync(join(dir, file), 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    if (!match) {
      problems.push(`${dir}/${file}: no frontmatter block between --- lines.`);
      continue;
    }
    const parsed = articleSchema.safeParse(yaml.load(match[1] as string));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${dir}/${file}: ${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
    articles.push({ locale, slug: file.replace(/\.mdx$/, ''), related: parsed.data.related, termIds: termIdsIn(match[2] as string) });
  }
  const glossaryFile = join('content/glossary', `${locale}.json`);
  if (existsSync(glossaryFile)) {
    const parsed = glossaryFileSchema.safeParse(JSON.parse(readFileSync(glossaryFile, 'utf8')));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${glossaryFile}: ${issue.path.join('.')}: ${issue.message}`);
    } else {
      for (const t of parsed.data) terms.push({ locale, id: t.id, seeAlso: t.seeAlso, article: t.article });
    }
  }
}
problems.push(...findContentProblems(articles, terms));
for (const p of problems) console.log(p);
console.log(`${articles.length} articles, ${terms.length} glossary entries checked; ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
