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
 * Spellings of the query worth searching in the Traditional index: every mapped character in its most frequent
 * Traditional form, then one ambiguous character at a time in its other forms (发 → 發, then 髮), then the query
 * as typed. A spelling holding a character our zh-Hant pages never contain (头, which always became 頭) is dropped:
 * Pagefind would skip that character and match the rest loosely, which only adds noise.
 */
export function queryVariants(query: string, map: Map<string, string[]>): string[] {
  const characters = [...query];
  const primary = characters.map((ch) => map.get(ch)?.[0] ?? ch);
  const candidates = new Set([primary.join('')]);
  characters.forEach((ch, i) => {
    for (const alternative of map.get(ch)?.slice(1) ?? []) {
      candidates.add([...primary.slice(0, i), alternative, ...primary.slice(i + 1)].join(''));
    }
  });
  candidates.add(query);
  const occursOnPages = (ch: string) => !map.has(ch) || (map.get(ch) as string[]).includes(ch);
  const possible = [...candidates].filter((spelling) => [...spelling].every(occursOnPages));
  return (possible.length ? possible : [query]).slice(0, MAX_VARIANTS);
}
