import type { Locale } from './locales';
import { createTranslator, placeholdersOf, type Messages, type Translate } from './translate';
import { convertToZhHant } from './zh-hant/convert';
import { assertReviewed, unreviewedOccurrences } from './zh-hant/check';

/**
 * Dictionaries are split by area so each island's strings sit together: ui/zh-Hans.json (site-wide) and
 * ui/<area>/zh-Hans.json (one per calculator or feature), likewise for en. Keys are globally unique
 * (prefixed by area); a key defined twice fails the build.
 */
type DictionaryFiles = Record<string, Record<string, string>>;
function merge(files: DictionaryFiles): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const [file, entries] of Object.entries(files)) {
    for (const [key, text] of Object.entries(entries)) {
      if (key in merged) throw new Error(`UI dictionary key "${key}" is defined twice (again in ${file}).`);
      merged[key] = text;
    }
  }
  return merged;
}
const zhHansFiles = import.meta.glob<Record<string, string>>(['./ui/zh-Hans.json', './ui/*/zh-Hans.json'], { eager: true, import: 'default' });
const zhHans = merge(zhHansFiles);
const en = merge(import.meta.glob<Record<string, string>>(['./ui/en.json', './ui/*/en.json'], { eager: true, import: 'default' }));

/** zh-Hans is the schema: every key it has, every other dictionary must have, with the same placeholders. */

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

const enProblems = dictionaryProblems('src/i18n/ui/**/en.json', en);
// Fail the build, not the reader: a page must never show a raw key.
if (enProblems.length) throw new Error(`UI dictionaries do not match zh-Hans:\n${enProblems.join('\n')}`);

const zhHant: Messages = Object.fromEntries(Object.entries(zhHans).map(([key, text]) => [key, convertToZhHant(text)]));

/**
 * The derived zh-Hant UI strings' unreviewed risky characters (check.ts), named by source file and key. Each
 * string is checked as it would stand in a JSON file, in quotes, so a one-word string ("週") can be reviewed.
 */
export const zhHantUiProblems = () =>
  Object.entries(zhHansFiles).flatMap(([file, entries]) =>
    Object.keys(entries).flatMap((key) =>
      unreviewedOccurrences(`src/i18n${file.slice(1)} "${key}" (derived zh-Hant)`, JSON.stringify(zhHant[key])).map((o) => ({ ...o, line: 0 })),
    ),
  );
// Like the dictionary checks above: a wrongly converted character fails the build.
assertReviewed(zhHantUiProblems());

const DICTIONARIES: Record<Locale, Messages> = { 'zh-hans': zhHans, 'zh-hant': zhHant, en };

/** Build time only (imports opencc). Pages pass islands the subset they need. */
export const getMessages = (locale: Locale): Messages => DICTIONARIES[locale];

/** The raw hand-written dictionaries (for tests). */
export const WRITTEN_DICTIONARIES = { 'zh-hans': zhHans, en } as const;

export const useTranslations = (locale: Locale): Translate => createTranslator(DICTIONARIES[locale]);

/** The messages whose keys start with one of `prefixes`, for handing down to an island. */
export const pickMessages = (locale: Locale, prefixes: readonly string[]): Messages =>
  Object.fromEntries(Object.entries(DICTIONARIES[locale]).filter(([key]) => prefixes.some((p) => key.startsWith(p))));
