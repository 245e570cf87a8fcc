/**
 * Articles link to government sites and other outside pages. A link that leaves the site must not tell that site
 * which of our pages the reader came from (privacy: a Referer naming "/articles/sued/" says a lot about a person),
 * so every external <a> in Markdown and MDX gets rel="noopener noreferrer", as SourceList's links have.
 * tests/e2e/csp.spec.ts checks every external link on every built page.
 */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

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

function relTokens(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}

function visit(node: HastNode, siteHost: string): void {
  if (node.type === 'element' && node.tagName === 'a' && node.properties) {
    const href = node.properties['href'];
    if (typeof href === 'string' && isExternalHref(href, siteHost)) {
      const rel = relTokens(node.properties['rel']);
      node.properties['rel'] = [...rel, ...REL.filter((token) => !rel.includes(token))];
    }
  }
  for (const child of node.children ?? []) visit(child, siteHost);
}

/** The rehype plugin: `markdown.rehypePlugins: [[rehypeExternalLinks, { site }]]`. */
export default function rehypeExternalLinks(options: { site: string }) {
  const siteHost = new URL(options.site).host;
  return (tree: HastNode) => visit(tree, siteHost);
}
