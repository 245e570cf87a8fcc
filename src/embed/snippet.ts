import { SANDBOX, attributeFor, frameFragment, isAccent, type Theme } from './options';

/**
 * The code an NGO pastes, from the builder's choices. Pure (no DOM), so the escaping is unit-tested: every
 * value is written as an HTML attribute value with & < > " ' escaped, so a pasted link can never add markup.
 */
export interface WidgetChoice {
  tool: string;
  locale: string;
  theme: Theme;
  /** A hex colour, or '' for ours; anything else is left out. */
  accent: string;
  /** The tool's own inputs (parameter name → raw text), as in its share links. */
  inputs: Readonly<Record<string, string>>;
}

const escapeAttribute = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const attrs = (pairs: ReadonlyArray<readonly [string, string]>): string => pairs.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ');

/** The full tool's page, for the <noscript> link and the builder's own links. */
export const fullToolUrl = (origin: string, choice: Pick<WidgetChoice, 'tool' | 'locale'>): string => `${origin}/${choice.locale}/tools/${choice.tool}/`;

/**
 * The recommended snippet: our loader with its options, then a <noscript> link to the full tool.
 * @example scriptSnippet('https://x.org', { tool: 'apr', locale: 'en', theme: 'auto', accent: '', inputs: {} }, 'Open…')
 * // => '<script src="https://x.org/embed.js" data-calculator="apr" data-locale="en" async></script>\n<noscript>…'
 */
export function scriptSnippet(origin: string, choice: WidgetChoice, noscriptText: string): string {
  const pairs: Array<[string, string]> = [
    ['src', `${origin}/embed.js`],
    ['data-calculator', choice.tool],
    ['data-locale', choice.locale],
  ];
  if (choice.theme !== 'auto') pairs.push(['data-theme', choice.theme]);
  if (isAccent(choice.accent)) pairs.push(['data-accent', choice.accent]);
  for (const [key, value] of Object.entries(choice.inputs)) if (value !== '') pairs.push([attributeFor(key), value]);
  return `<script ${attrs(pairs)} async></script>\n<noscript><a href="${escapeAttribute(fullToolUrl(origin, choice))}">${escapeText(noscriptText)}</a></noscript>`;
}

/** Height of the plain iframe, which cannot size itself: tall enough for the form and a first result. */
export const PLAIN_FRAME_HEIGHT = 900;

/** For hosts that strip scripts: the same frame, a fixed height, the same sandbox and privacy attributes. */
export function iframeSnippet(origin: string, choice: WidgetChoice, title: string): string {
  const src = `${origin}/embed/${choice.locale}/${choice.tool}/${frameFragment({ theme: choice.theme, accent: choice.accent }, choice.inputs)}`;
  return `<iframe ${attrs([
    ['src', src],
    ['title', title],
    ['width', '100%'],
    ['height', String(PLAIN_FRAME_HEIGHT)],
    ['loading', 'lazy'],
    ['sandbox', SANDBOX],
    ['allow', 'clipboard-write'],
    ['referrerpolicy', 'no-referrer'],
  ])}></iframe>`;
}

/**
 * The inputs a pasted share link carries for `tool` (its #fragment, as "Copy link" makes them), or undefined
 * when the text is not a link to that tool. Only the tool's own parameter names are kept.
 */
export function inputsFromSharedLink(text: string, tool: string, keys: readonly string[]): Record<string, string> | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || !new RegExp(`^/[a-z-]+/tools/${tool}/?$`).test(url.pathname)) return undefined;
  const params = new URLSearchParams(url.hash.replace(/^#/, '') || url.search.replace(/^\?/, ''));
  const inputs: Record<string, string> = {};
  for (const key of keys) {
    const value = params.get(key);
    if (value !== null && value !== '') inputs[key] = value;
  }
  return inputs;
}
