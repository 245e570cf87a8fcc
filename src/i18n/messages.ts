import zhHans from './ui/zh-Hans.json';
import en from './ui/en.json';
import type { Locale } from './locales';
import { createTranslator, placeholdersOf, type Messages, type Translate } from './translate';
import { convertToZhHant } from './zh-hant/convert';

/** zh-Hans is the schema: every key it has, every other dictionary must have, with the same placeholders. */
export type MessageKey = keyof typeof zhHans;

/** Differences between a dictionary and the zh-Hans schema, as sentences for the person editing it. */
export function dictionaryProblems(name: string, candidate: Record<string, string>): string[] {
  const schema: Record<string, string> = zhHans;
  const problems: string[] = [];
  for (const key of Object.keys(schema)) {
    if (!(key in candidate)) problems.push(`${name}: missing key "${key}"`);
    else if (placeholdersOf(schema[key] as string).join() !== placeholdersOf(candidate[key] as string).join()) {
      problems.push(`${name}: "${key}" must use the placeholders ${placeholdersOf(schema[key] as string).join(', ') || '(none)'}`);
    }
  }
  for (const key of Object.keys(candidate)) if (!(key in schema)) problems.push(`${name}: unknown key "${key}"`);
  return problems;
}

const enProblems = dictionaryProblems('src/i18n/ui/en.json', en);
// Fail the build, not the reader: a page must never show a raw key.
if (enProblems.length) throw new Error(`UI dictionaries do not match zh-Hans:\n${enProblems.join('\n')}`);

const zhHant: Messages = Object.fromEntries(Object.entries(zhHans).map(([key, text]) => [key, convertToZhHant(text)]));

const DICTIONARIES: Record<Locale, Messages> = { 'zh-hans': zhHans, 'zh-hant': zhHant, en };

/** Build time only (imports opencc). Pages pass islands the subset they need. */
export const getMessages = (locale: Locale): Messages => DICTIONARIES[locale];

export const useTranslations = (locale: Locale): Translate => createTranslator(DICTIONARIES[locale]);

/** The messages whose keys start with one of `prefixes`, for handing down to an island. */
export const pickMessages = (locale: Locale, prefixes: readonly string[]): Messages =>
  Object.fromEntries(Object.entries(DICTIONARIES[locale]).filter(([key]) => prefixes.some((p) => key.startsWith(p))));
