import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { externalLinks, isExternalHref, relFor } from '../../../src/content/external-links';

const SITE = 'https://mingzhang.example';

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

describe('relFor', () => {
  it('adds noopener and noreferrer to a link that leaves, keeping its own tokens, each once', () => {
    expect(relFor('https://gov.example.cn/', undefined, 'mingzhang.example')).toEqual(['noopener', 'noreferrer']);
    expect(relFor('https://gov.example.cn/', ['external'], 'mingzhang.example')).toEqual(['external', 'noopener', 'noreferrer']);
    expect(relFor('https://gov.example.cn/', 'noreferrer', 'mingzhang.example')).toEqual(['noreferrer', 'noopener']);
    expect(relFor('../sued/', undefined, 'mingzhang.example')).toBeUndefined();
    expect(relFor(undefined, undefined, 'mingzhang.example')).toBeUndefined();
  });
});

describe('externalLinks (the Sätteri hast plugin Astro runs on every article)', () => {
  it('marks Markdown links and autolinks to other sites, and leaves our own links alone', async () => {
    const { html } = await markdownToHtml('See [a](https://gov.example.cn/x), [b](../sued/), <https://x.example/> and [c](https://mingzhang.example/en/).', {
      hastPlugins: [externalLinks(SITE)],
    });
    expect(html).toContain('<a href="https://gov.example.cn/x" rel="noopener noreferrer">a</a>');
    expect(html).toContain('<a href="https://x.example/" rel="noopener noreferrer">');
    expect(html).toContain('<a href="../sued/">b</a>');
    expect(html).toContain('<a href="https://mingzhang.example/en/">c</a>');
  });

  it('marks links in MDX too', async () => {
    const { code } = await mdxToJs('A [court page](https://court.example.cn/a) here.', { hastPlugins: [externalLinks(SITE)] });
    expect(code).toMatch(/rel: "noopener noreferrer"|rel: \[\s*"noopener",\s*"noreferrer"\s*\]/);
  });
});
