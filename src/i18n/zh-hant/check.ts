import { REVIEWED_PHRASES } from './reviewed-phrases';

/**
 * Characters of derived zh-Hant where opencc's one-to-many Simplified→Traditional mapping often goes wrong:
 * 只→隻, 扣→釦, 链→鍊, 冲→沖, 发→髮, 干→乾/幹, 后→後 (or 后 kept), 里→裡/裏, 周→週/周, 台→臺/台, 面→麵, 钟→鐘, 了→瞭.
 */
export const RISKY_CHARACTERS = '隻釦鍊沖髮乾幹后後裡裏週周臺台麵鐘瞭';

export interface UnreviewedOccurrence {
  /** Where the text came from: a derived file, or a UI dictionary key. */
  source: string;
  /** Line in the derived file; 0 for a UI string (one key, one line). */
  line: number;
  character: string;
  /** The text around the occurrence, for the reader of the error. */
  context: string;
}

const isReviewed = (text: string, at: number, phrases: ReadonlyArray<readonly [string, string]>): boolean =>
  phrases.some(([phrase]) => {
    for (let i = phrase.indexOf(text[at] as string); i >= 0; i = phrase.indexOf(text[at] as string, i + 1)) {
      if (text.startsWith(phrase, at - i)) return true;
    }
    return false;
  });

/** Up to six characters either side of `at`, within its line. */
function contextAround(text: string, at: number): string {
  const lineEnd = text.indexOf('\n', at);
  return text.slice(Math.max(at - 6, text.lastIndexOf('\n', at) + 1), Math.min(at + 7, lineEnd < 0 ? text.length : lineEnd));
}

/** Every occurrence of a risky character in `text` that no reviewed phrase covers. */
export function unreviewedOccurrences(
  source: string,
  text: string,
  phrases: ReadonlyArray<readonly [string, string]> = REVIEWED_PHRASES,
): UnreviewedOccurrence[] {
  const found: UnreviewedOccurrence[] = [];
  for (let at = 0; at < text.length; at++) {
    const character = text[at] as string;
    if (!RISKY_CHARACTERS.includes(character) || isReviewed(text, at, phrases)) continue;
    found.push({
      source,
      line: text.slice(0, at).split('\n').length,
      character,
      context: contextAround(text, at),
    });
  }
  return found;
}

/** Throws, naming each occurrence and the way to fix it, when any derived text has an unreviewed one. */
export function assertReviewed(occurrences: UnreviewedOccurrence[]): void {
  if (!occurrences.length) return;
  const lines = occurrences.map((o) => `  ${o.source}${o.line ? `:${o.line}` : ''}: ${o.character} in “${o.context}”`);
  throw new Error(
    `zh-Hant: ${occurrences.length} unreviewed occurrence(s) of characters opencc often converts wrongly:\n${lines.join('\n')}\n` +
      'Read each in context. If it is wrong, add an override to src/i18n/zh-hant/glossary.ts (with a comment why) or reword ' +
      'the zh-Hans source; if it is right, add the phrase around it, with a reason, to src/i18n/zh-hant/reviewed-phrases.ts.',
  );
}
