import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { articleSchema, glossaryFileSchema, glossaryTermSchema } from './content/schema';

/** Hand-written articles: content/articles/<zh-hans|en>/<slug>.mdx, entry id '<locale>/<slug>'. */
const articles = defineCollection({
  loader: glob({ base: './content/articles', pattern: '{zh-hans,en}/**/*.mdx' }),
  schema: articleSchema,
});

/** zh-Hant articles, derived from zh-Hans at build time (src/integrations/zh-hant.ts). */
const articlesZhHant = defineCollection({
  loader: glob({ base: './.derived/articles', pattern: 'zh-hant/**/*.mdx' }),
  schema: articleSchema,
});

const GLOSSARY_FILES = {
  'zh-hans': './content/glossary/zh-hans.json',
  en: './content/glossary/en.json',
  'zh-hant': './.derived/glossary/zh-hant.json',
} as const;

/** Every locale's glossary file in one collection; entry id '<locale>/<term id>'. */
const glossaryLoader: Loader = {
  name: 'mingzhang-glossary',
  load: async ({ store, parseData, generateDigest }) => {
    store.clear();
    for (const [locale, path] of Object.entries(GLOSSARY_FILES)) {
      if (!existsSync(path)) continue;
      const parsed = glossaryFileSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
      if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      for (const term of parsed.data) {
        const id = `${locale}/${term.id}`;
        const data = await parseData({ id, data: { ...term, locale } });
        store.set({ id, data, digest: generateDigest(data) });
      }
    }
  },
};

const glossary = defineCollection({
  loader: glossaryLoader,
  schema: glossaryTermSchema.extend({ locale: z.enum(['zh-hans', 'zh-hant', 'en']) }),
});

export const collections = { articles, articlesZhHant, glossary };
