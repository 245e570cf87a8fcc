import { z } from 'astro/zod';

/**
 * Frontmatter schemas for the content in `content/`. Plain zod (no astro:content import) so the
 * same rules check content in `content.config.ts` at build time and in `scripts/check-content.ts`.
 * Messages are written for the person editing the file.
 */

import { TOOL_IDS, type ToolId } from '../tools';
export { TOOL_IDS, type ToolId };

export const TOPICS = [
  'being-collected', // 正在被催收
  'your-rights', // 你的权利与违法催收
  'cost-of-borrowing', // 借款成本与利率
  'credit-and-courts', // 征信与诉讼
  'before-borrowing', // 借钱之前
  'abroad', // 其他国家和地区
  'for-organisations', // 给帮助借款人的机构（嵌入工具等）
] as const;

const isoDay = z.coerce.date({ error: 'Use a date like 2026-11-22.' });

/** One law, rule, official notice or named report that a claim in the article rests on. */
export const sourceSchema = z.object({
  /** Full title, e.g. 《中华人民共和国民法典》 or "Regulation F (12 CFR Part 1006)". */
  title: z.string().min(2),
  /** Who issued it: 全国人大 / 最高人民法院 / 中国人民银行 / CFPB … */
  issuedBy: z.string().min(2),
  /** Article or section relied on: 第六百七十条, "Art. 26", "§1006.14". */
  article: z.string().optional(),
  /** Date the text was adopted, issued or published. */
  date: isoDay,
  /** Date it came into force, when different from `date`. */
  inForce: isoDay.optional(),
  /** Public address of the text, where one exists. */
  url: z.url({ error: 'url must be a full https:// address (or leave it out).' }).optional(),
  /** 'primary' = we read the official text; 'secondary' = reported by a named outlet. */
  confidence: z.enum(['primary', 'secondary']).default('primary'),
});

export const articleSchema = z.object({
  /** Headline on the page, in lists and in search results. */
  title: z.string().min(4).max(90),
  /** One or two sentences for search engines and link previews. */
  description: z.string().min(20, 'description: write at least one full sentence.').max(320),
  /** Groups the article on the article index. */
  topic: z.enum(TOPICS),
  /** Position inside its topic on the index (lower first). */
  order: z.number().int().min(0).default(100),
  /** Who this is for, as a noun phrase ("Borrowers who…", "刚开始被催收的人"); the page adds "Who this is for:". */
  audience: z
    .string()
    .min(4)
    .refine((text) => !/^(For |写给|寫給)/.test(text), 'audience: leave out the leading "For"/"写给"; the page already says "Who this is for".'),
  tags: z.array(z.string().min(1)).min(1, 'tags: add at least one tag.'),
  /** The "key points" box at the top: 2–6 short sentences. */
  keyPoints: z.array(z.string().min(4)).min(2).max(6),
  /**
   * "Do this first": the box right after the title, 1–4 of the most urgent steps (danger → 110,
   * court papers → the 15-day clock), each optionally a link to a section of the article (`#id`),
   * another article (`../slug/`), a calculator (`../../tools/apr/`) or a phone number (`tel:110`).
   * Without it the page shows the first three `nextSteps`.
   */
  actNow: z
    .array(
      z.object({
        text: z.string().min(4),
        href: z
          .string()
          .regex(
            /^(#[a-z0-9-]+|\.\.\/[a-z0-9-]+\/(#[a-z0-9-]+)?|\.\.\/\.\.\/tools\/[a-z0-9-]+\/|tel:\+?[0-9]+)$/,
            'actNow href: use #section-id, ../slug/, ../../tools/id/ or tel:number.',
          )
          .optional(),
      }),
    )
    .min(1)
    .max(4)
    .optional(),
  /** "What you can do now": concrete steps, in the order to take them. */
  nextSteps: z.array(z.string().min(4)).min(2).max(8),
  /** Calculators that help with this article. */
  tools: z.array(z.enum(TOOL_IDS)).default([]),
  /** Slugs of articles to read next. */
  related: z.array(z.string()).default([]),
  /** Last fact check against the sources; shown to readers. */
  reviewedAt: isoDay,
  /** What each factual claim rests on. At least two. */
  sources: z.array(sourceSchema).min(2, 'sources: cite at least two (law, article, date) for the claims in this article.'),
  /** What we could not confirm; shown to readers in a plain "what we are not sure about" note. */
  uncertain: z.array(z.string()).default([]),
});
export type ArticleData = z.infer<typeof articleSchema>;

/** One glossary entry. The same `id` in every locale file makes them translations of each other. */
export const glossaryTermSchema = z.object({
  /** Stable anchor, short English kebab-case: 'apr', 'upfront-interest', 'lpr'. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id: use lowercase English words joined by hyphens.'),
  /** The term as readers meet it: 年化利率 / "annual percentage rate (APR)". */
  term: z.string().min(1),
  /** Other names and spellings, also found by search: ['APR', '年利率']. */
  aliases: z.array(z.string()).default([]),
  /** Plain explanation in one to three sentences. */
  definition: z.string().min(10),
  /** Ids of related terms. */
  seeAlso: z.array(z.string()).default([]),
  /** Slug of the article that explains it best. */
  article: z.string().optional(),
});
export const glossaryFileSchema = z.array(glossaryTermSchema).min(1);
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
