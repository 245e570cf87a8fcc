/**
 * Articles link to government sites and other outside pages. A link that leaves the site must not tell that site
 * which of our pages the reader came from (privacy: a Referer naming "/articles/sued/" says a lot about a person),
 * so every external <a> in Markdown and MDX gets rel="noopener noreferrer", as SourceList's links have.
 * A hast plugin for Sätteri, Astro's Markdown processor (`markdown.processor: satteri({ hastPlugins })`).
 * tests/e2e/csp.spec.ts checks every external link on every built page.
 */
import { defineHastPlugin } from 'satteri';

const REL = ['noopener', 'noreferrer'];

/** True for an absolute http(s) or protocol-relative URL on another host than the site's. */
export function isExternalHref(href: string, siteHost: string): boolean {
  if (!/^(https?:)?\/\//i.test(href)) return false;
  try {
    return new URL(href, 'https://relative.invalid').host !== siteHost;
  } catch {
    return true; // unparseable but absolute-looking: treat as leaving the site
  }
}

/** The rel tokens a link ends up with: its own, plus noopener and noreferrer when it leaves the site. */
export function relFor(href: unknown, rel: unknown, siteHost: string): string[] | undefined {
  if (typeof href !== 'string' || !isExternalHref(href, siteHost)) return undefined;
  const own = Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/).filter(Boolean) : [];
  return [...own, ...REL.filter((token) => !own.includes(token))];
}

/** The Sätteri hast plugin for a site deployed at `site`. */
export function externalLinks(site: string) {
  const siteHost = new URL(site).host;
  return defineHastPlugin({
    name: 'mingzhang:external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const rel = relFor(node.properties['href'], node.properties['rel'], siteHost);
        if (rel) ctx.setProperty(node, 'rel', rel);
      },
    },
  });
}
