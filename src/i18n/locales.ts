/**
 * The site's locales. URL segments are lowercase; `lang`/`hreflang` use BCP 47.
 * zh-hans is canonical and written by hand; zh-hant is derived from it at build time; en is written by hand.
 */
export const LOCALES = ['zh-hans', 'zh-hant', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-hans';

export const BCP47: Record<Locale, string> = { 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant', en: 'en' };

/** Each locale's name in its own language: a reader looks for their language, not ours. */
export const LOCALE_NAMES: Record<Locale, string> = { 'zh-hans': '简体中文', 'zh-hant': '繁體中文', en: 'English' };

/** Intl locale for numbers, money and dates. */
export const INTL_LOCALE: Record<Locale, string> = { 'zh-hans': 'zh-CN', 'zh-hant': 'zh-Hant', en: 'en' };

export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);

/** Path of the same page in another locale: `/zh-hans/articles/x/` → `/en/articles/x/`. The root `/` is zh-hans. */
export function localizedPath(pathname: string, target: Locale): string {
  const rest = pathname.replace(/^\/(zh-hans|zh-hant|en)(?=\/|$)/, '');
  const tail = rest === '' || rest === '/' ? '/' : rest;
  return `/${target}${tail}`;
}

/** The locale a path belongs to; the unprefixed root is the default locale. */
export function localeOfPath(pathname: string): Locale {
  const segment = pathname.split('/')[1];
  return isLocale(segment) ? segment : DEFAULT_LOCALE;
}
