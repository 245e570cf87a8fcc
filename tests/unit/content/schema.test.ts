import { describe, expect, it } from 'vitest';
import { articleSchema, glossaryTermSchema } from '../../../src/content/schema';
import { findContentProblems, termIdsIn } from '../../../src/content/consistency';

const source = { title: '《中华人民共和国民法典》', issuedBy: '全国人民代表大会', article: '第六百七十条', date: '2020-05-28' };
const article = {
  title: '借款的真实成本',
  description: '月费率、日息和手续费怎样换算成真实年化利率。',
  topic: 'cost-of-borrowing',
  audience: '想弄清一笔借款有多贵的人',
  tags: ['年化利率'],
  keyPoints: ['要点一二三', '要点四五六'],
  nextSteps: ['第一步做什么', '第二步做什么'],
  reviewedAt: '2026-11-22',
  sources: [source, { ...source, article: '第二十六条' }],
};

describe('article frontmatter', () => {
  it('accepts a complete article and fills defaults', () => {
    const parsed = articleSchema.parse(article);
    expect(parsed.tools).toEqual([]);
    expect(parsed.sources[0]?.confidence).toBe('primary');
    expect(parsed.reviewedAt.toISOString().slice(0, 10)).toBe('2026-11-22');
  });
  it.each([
    ['fewer than two sources', { sources: [source] }, 'sources: cite at least two'],
    ['no review date', { reviewedAt: undefined }, 'reviewedAt'],
    ['a bad URL', { sources: [{ ...source, url: 'www.gov.cn' }, source] }, 'url must be a full https://'],
    ['an unknown tool', { tools: ['loan'] }, 'tools'],
    ['an unknown topic', { topic: 'misc' }, 'topic'],
    ['an action link to another site', { actNow: [{ text: '打110报警', href: 'https://example.com/' }] }, 'actNow href'],
    ['more than four urgent steps', { actNow: Array.from({ length: 5 }, () => ({ text: '马上去做' })) }, 'actNow'],
  ])('rejects %s with a message a writer can act on', (_, change, message) => {
    const result = articleSchema.safeParse({ ...article, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')).toContain(message);
  });
  it('accepts urgent steps that link to a section, an article, a calculator or a phone number', () => {
    const actNow = [
      { text: '有人威胁你：打110', href: 'tel:110' },
      { text: '收到法院文书：先看15天期限', href: '../sued/' },
      { text: '留下证据', href: '#evidence' },
      { text: '算真实年化利率', href: '../../tools/apr/' },
    ];
    expect(articleSchema.parse({ ...article, actNow }).actNow).toEqual(actNow);
    expect(articleSchema.parse(article).actNow).toBeUndefined();
  });
  it('rejects a glossary id that is not kebab-case English', () => {
    expect(glossaryTermSchema.safeParse({ id: '砍头息', term: '砍头息', definition: '从本金里预先扣掉的利息。' }).success).toBe(false);
  });
});

describe('cross-file content rules', () => {
  it('names articles and terms missing from a locale, and dangling references', () => {
    const problems = findContentProblems(
      [
        { locale: 'zh-hans', slug: 'sued', related: ['credit-report'], termIds: ['payment-order'] },
        { locale: 'en', slug: 'sued', related: [], termIds: ['lpr'] },
        { locale: 'zh-hans', slug: 'true-cost', related: [], termIds: [] },
      ],
      [
        { locale: 'zh-hans', id: 'lpr', seeAlso: ['apr'] },
        { locale: 'en', id: 'lpr', seeAlso: [], article: 'sued' },
      ],
    );
    expect(problems).toEqual([
      'Article "true-cost" has no en version: add content/articles/en/true-cost.mdx.',
      'content/articles/zh-hans/sued.mdx: related article "credit-report" does not exist.',
      'content/articles/zh-hans/sued.mdx: <Term id="payment-order"> has no glossary entry.',
      'content/glossary/zh-hans.json: "lpr" sees also "apr", which does not exist.',
    ]);
  });
  it('finds <Term> ids in an MDX body', () => {
    expect(termIdsIn('见<Term id="lpr">LPR</Term>和<Term  id="apr">年化</Term>')).toEqual(['lpr', 'apr']);
  });
});
