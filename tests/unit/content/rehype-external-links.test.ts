import { describe, expect, it } from 'vitest';
import rehypeExternalLinks, { isExternalHref } from '../../../src/content/rehype-external-links';

const SITE = 'https://mingzhang.example';
const link = (href: string, rel?: unknown) => ({ type: 'element', tagName: 'a', properties: { href, ...(rel === undefined ? {} : { rel }) }, children: [] });

describe('isExternalHref', () => {
  it('is true for http(s) and protocol-relative links to other hosts only', () => {
    expect(isExternalHref('https://www.pbccrc.org.cn', 'mingzhang.example')).toBe(true);
    expect(isExternalHref('http://www.npc.gov.cn/x.html', 'mingzhang.example')).toBe(true);
    expect(isExternalHref('//cdn.example.org/a', 'mingzhang.example')).toBe(true);
    expect(isExternalHref('HTTPS://Other.example/', 'mingzhang.example')).toBe(true);
    expect(isExternalHref('https://mingzhang.example/en/', 'mingzhang.example')).toBe(false);
    for (const internal of ['../sued/', '/en/glossary/#lpr', '#top', 'mailto:a@b.example', 'tel:12378']) expect(isExternalHref(internal, 'mingzhang.example'), internal).toBe(false);
  });
});

describe('rehypeExternalLinks', () => {
  it('adds noopener and noreferrer to external links anywhere in the tree, keeping other rel tokens, once', () => {
    const outside = link('https://www.pbccrc.org.cn');
    const tagged = link('https://gov.example.cn/', ['external']);
    const already = link('https://gov.example.cn/', 'noreferrer');
    const inside = link('../sued/');
    const tree = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [outside, { type: 'text' }, tagged, already, inside] }] };
    rehypeExternalLinks({ site: SITE })(tree);
    expect(outside.properties).toMatchObject({ rel: ['noopener', 'noreferrer'] });
    expect(tagged.properties).toMatchObject({ rel: ['external', 'noopener', 'noreferrer'] });
    expect(already.properties).toMatchObject({ rel: ['noreferrer', 'noopener'] });
    expect(inside.properties).not.toHaveProperty('rel');
  });
});
