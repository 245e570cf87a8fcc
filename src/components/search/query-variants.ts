/**
 * Runs in the browser on the zh-Hant search page. Pagefind matches characters exactly, so a reader who types
 * Simplified (征信) would find nothing in the Traditional index; we search the query's Traditional spellings
 * made with the build-time character map (see script-map.ts). No dependency, no dictionary beyond the map.
 */

/** Parses the map written by encodeScriptMap: "征徵 账帳賬" → 征 → [徵], 账 → [帳, 賬]. */
export function parseScriptMap(encoded: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const entry of encoded.split(' ')) {
    const [from, ...forms] = [...entry];
    if (from && forms.length) map.set(from, forms);
  }
  return map;
}

/** At most this many searches per query: enough for a couple of ambiguous characters. */
const MAX_VARIANTS = 6;

/**
 * Longest query searched, in characters: article titles and terms are far shorter, and a pasted page of text
 * would only make Pagefind (and the spellings below) work for nothing. The page says when a query was cut.
 */
export const MAX_QUERY_LENGTH = 100;

/** The query cut to MAX_QUERY_LENGTH characters (code points, so no half of a rare character), trimmed. */
export function capQuery(text: string): { query: string; cut: boolean } {
  // Only the first characters are looked at: a 20,000-character ?q= is never split into an array.
  const characters = [...text.slice(0, 2 * MAX_QUERY_LENGTH)];
  // The slice counts UTF-16 units: 200 of them may be only 100 rare characters, so "not cut" needs the whole text seen.
  if (characters.length <= MAX_QUERY_LENGTH && text.length <= 2 * MAX_QUERY_LENGTH) return { query: text.trim(), cut: false };
  return { query: characters.slice(0, MAX_QUERY_LENGTH).join('').trim(), cut: true };
}

/**
 * Spellings of the query worth searching in the Traditional index: every mapped character in its most frequent
 * Traditional form, then one ambiguous character at a time in its other forms (发 → 發, then 髮), then the query
 * as typed. A spelling holding a character our zh-Hant pages never contain (头, which always became 頭) is dropped:
 * Pagefind would skip that character and match the rest loosely, which only adds noise.
 * Linear in the query: spellings are made one at a time and only until MAX_VARIANTS possible ones are found
 * (making every one first was quadratic: 5,000 characters blocked the page for seconds).
 */
export function queryVariants(query: string, map: Map<string, string[]>): string[] {
  const characters = [...query];
  const primary = characters.map((ch) => map.get(ch)?.[0] ?? ch);
  const occursOnPages = (ch: string) => !map.has(ch) || (map.get(ch) as string[]).includes(ch);
  // Whether the primary spelling, with character i replaced by `ch`, could occur on our pages.
  const impossibleAt = primary.flatMap((ch, i) => (occursOnPages(ch) ? [] : [i]));
  const possibleWith = (i: number, ch: string) => occursOnPages(ch) && impossibleAt.every((j) => j === i);
  const found: string[] = [];
  const add = (spelling: string) => {
    if (found.length < MAX_VARIANTS && !found.includes(spelling)) found.push(spelling);
  };
  const primaryText = primary.join('');
  if (impossibleAt.length === 0) add(primaryText);
  // Character i of the primary spelling starts at code unit `at` (a Traditional form may be a surrogate pair).
  for (let i = 0, at = 0; i < characters.length && found.length < MAX_VARIANTS; at += (primary[i] as string).length, i++) {
    for (const alternative of map.get(characters[i] as string)?.slice(1) ?? []) {
      if (possibleWith(i, alternative)) add(primaryText.slice(0, at) + alternative + primaryText.slice(at + (primary[i] as string).length));
    }
  }
  if (characters.every(occursOnPages)) add(query);
  return found.length ? found : [query];
}
