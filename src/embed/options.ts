/**
 * What an embed accepts, written once: the loader (/embed.js), the frame (/embed/frame.js) and the widget
 * builder check options against these. Plain data and pure functions (no DOM): unit tests import them too.
 *
 * Options travel to the frame in its #fragment with the initial inputs (the fragment is never sent to a
 * server or put in a Referer), under hyphenated names that no tool input (camelCase) can take.
 */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * The accent is a hex colour (#0a7d4f or #0a5): the one form accepted, so no text but a colour can ever reach
 * a style. Anything else is ignored and the frame keeps our own colours.
 */
export const ACCENT_PATTERN = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** The frame id the loader makes up for each frame (it only pairs a height message with its frame). */
export const FRAME_ID_PATTERN = /^[a-z0-9]{1,24}$/;

/** The frame's own fragment parameters (besides the tool's inputs). */
export const FRAME_PARAMS = { theme: 'mz-theme', accent: 'mz-accent', frame: 'mz-frame' } as const;

/** Script attributes that are options; every other data- attribute is an initial input (data-monthly-fee-pct → monthlyFeePct). */
export const LOADER_OPTIONS = ['calculator', 'locale', 'theme', 'accent', 'target'] as const;

/** The one message a frame sends its host: { type, frameId, height } and nothing else. */
export const HEIGHT_MESSAGE = 'mingzhang:height';

/**
 * The narrowest sandbox the tools work in. Measured in Chromium by dropping one keyword at a time (and checked
 * by tests/e2e/embed.spec.ts): without allow-same-origin the island never loads (its modules, saved inputs and
 * the collection log's IndexedDB need our origin, and the host checks messages by it); without allow-forms the
 * submit that shows the error summary never fires; without allow-popups "open the full tool" and every link do
 * nothing; without allow-downloads the CSV table, the deadline's .ics and the letter file are dropped; without
 * allow-modals the print buttons are ignored. allow-popups-to-escape-sandbox breaks nothing visible when
 * dropped, but it keeps the frame's restrictions from following the reader into our full site in the new tab.
 * Not given: top-navigation (a tool never replaces the host page), pointer-lock, presentation, orientation-lock.
 */
export const SANDBOX = 'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-downloads allow-modals';

export const isTheme = (value: unknown): value is Theme => typeof value === 'string' && (THEMES as readonly string[]).includes(value);
export const isAccent = (value: unknown): value is string => typeof value === 'string' && ACCENT_PATTERN.test(value);

/** camelCase input name → the data- attribute that sets it (the inverse of the browser's dataset naming). */
export const attributeFor = (input: string): string => `data-${input.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The frame's fragment: options first, then the initial inputs (empty ones left out), as a share link has them. */
export function frameFragment(options: { theme?: Theme; accent?: string; frameId?: string }, inputs: Readonly<Record<string, string>> = {}): string {
  const params = new URLSearchParams();
  if (options.theme && options.theme !== 'auto') params.set(FRAME_PARAMS.theme, options.theme);
  if (isAccent(options.accent)) params.set(FRAME_PARAMS.accent, options.accent);
  if (options.frameId && FRAME_ID_PATTERN.test(options.frameId)) params.set(FRAME_PARAMS.frame, options.frameId);
  for (const [key, value] of Object.entries(inputs)) if (value !== '') params.set(key, value);
  const text = params.toString();
  return text === '' ? '' : `#${text}`;
}
