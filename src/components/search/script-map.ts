/**
 * Build time only. A Simplified → Traditional character map for the zh-Hant search page, made from our own
 * content: each zh-Hans text is aligned with the zh-Hant text the build derived from it, so the map holds only
 * characters we publish, with the Traditional forms our pages really use (账 → 帳 and 賬, by frequency).
 * A few KiB in the page instead of opencc's 550 KiB in the browser.
 */

/** Every string inside a value (frontmatter, glossary entries), in a stable order so two locales line up. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.keys(value)
      .sort()
      .flatMap((key) => stringsIn((value as Record<string, unknown>)[key]));
  }
  return [];
}

const HAN = /\p{Script=Han}/u;

/**
 * Counts, for each Simplified character, the Traditional characters it became. opencc's cn → tw conversion
 * keeps one character for one; where an override changed a text's length, only lines of equal length are paired.
 */
export function countCorrespondences(pairs: Iterable<readonly [simplified: string, traditional: string]>): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  const pairCharacters = (simplified: string, traditional: string) => {
    const s = [...simplified];
    const t = [...traditional];
    if (s.length !== t.length) return false;
    s.forEach((from, i) => {
      const to = t[i] as string;
      if (!HAN.test(from) || !HAN.test(to)) return;
      const forms = counts.get(from) ?? new Map<string, number>();
      forms.set(to, (forms.get(to) ?? 0) + 1);
      counts.set(from, forms);
    });
    return true;
  };
  for (const [simplified, traditional] of pairs) {
    if (pairCharacters(simplified, traditional)) continue;
    const sLines = simplified.split('\n');
    const tLines = traditional.split('\n');
    if (sLines.length === tLines.length) sLines.forEach((line, i) => pairCharacters(line, tLines[i] as string));
  }
  return counts;
}

/**
 * The map as a compact string for the page: entries separated by spaces, each the Simplified character
 * followed by its Traditional forms, most frequent first ("征徵 账帳賬 干幹干"). Characters that never change are left out.
 */
export function encodeScriptMap(counts: Map<string, Map<string, number>>): string {
  return [...counts]
    .filter(([from, forms]) => [...forms.keys()].some((to) => to !== from))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([from, forms]) => from + [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([to]) => to).join(''))
    .join(' ');
}
