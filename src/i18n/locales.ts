/**
 * THE locale record: everything the site knows about a locale, once. URL segments are lowercase;
 * `lang`/`hreflang` use BCP 47; `intl` is the locale for numbers, money and dates. A `written` locale is
 * edited by hand (content/…/<segment>/, src/i18n/ui/…/<tag>.json); a `derived` one is made at build
 * time from its `from` locale (zh-Hant from zh-Hans, src/i18n/zh-hant/). README: "How to add… a locale".
 */
const LOCALE_RECORD = {
  'zh-hans': { tag: 'zh-Hans', intl: 'zh-CN', name: '简体中文', source: 'written' },
  'zh-hant': { tag: 'zh-Hant', intl: 'zh-Hant', name: '繁體中文', source: 'derived', from: 'zh-hans' },
  en: { tag: 'en', intl: 'en', name: 'English', source: 'written' },
} as const satisfies Record<string, { tag: string; intl: string; name: string; source: 'written' | 'derived'; from?: string }>;

export type Locale = keyof typeof LOCALE_RECORD;
/** In the order the language switcher lists them. */
export const LOCALES = Object.keys(LOCALE_RECORD) as Locale[];
export const DEFAULT_LOCALE: Locale = 'zh-hans';

const pick = <K extends 'tag' | 'intl' | 'name'>(key: K) =>
  Object.fromEntries(LOCALES.map((l) => [l, LOCALE_RECORD[l][key]])) as { [L in Locale]: (typeof LOCALE_RECORD)[L][K] };

export const BCP47 = pick('tag');
/** Each locale's name in its own language: a reader looks for their language, not ours. */
export const LOCALE_NAMES = pick('name');
/** Intl locale for numbers, money and dates. */
export const INTL_LOCALE = pick('intl');
/** Locales written by hand (the others are derived at build time). */
export const WRITTEN_LOCALES = LOCALES.filter((l) => LOCALE_RECORD[l].source === 'written');

export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);

const LOCALE_PREFIX = new RegExp(`^/(${LOCALES.join('|')})(?=/|$)`);

/** Path of the same page in another locale: `/zh-hans/articles/x/` → `/en/articles/x/`. The root `/` is zh-hans. */
export function localizedPath(pathname: string, target: Locale): string {
  const rest = pathname.replace(LOCALE_PREFIX, '');
  const tail = rest === '' || rest === '/' ? '/' : rest;
  return `/${target}${tail}`;
}

/** The locale a path belongs to; the unprefixed root is the default locale. */
export function localeOfPath(pathname: string): Locale {
  const segment = pathname.split('/')[1];
  return isLocale(segment) ? segment : DEFAULT_LOCALE;
}
