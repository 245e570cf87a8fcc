import { getArticles, getGlossary } from '../../content/queries';
import { getMessages } from '../../i18n/messages';
import { countCorrespondences, encodeScriptMap, stringsIn } from './script-map';

/**
 * Build time only. The encoded Simplified → Traditional map for everything the zh-Hant pages show and
 * Pagefind indexes: article bodies and frontmatter, glossary terms and the UI strings around them.
 */
export async function zhHantScriptMap(): Promise<string> {
  const pairs: [string, string][] = [];
  const pairAll = (simplified: string[], traditional: string[]) => {
    // Same schema on both sides, so the leaves line up; a mismatch would pair unrelated text, so skip it.
    if (simplified.length === traditional.length) simplified.forEach((text, i) => pairs.push([text, traditional[i] as string]));
  };

  const [hansArticles, hantArticles] = await Promise.all([getArticles('zh-hans'), getArticles('zh-hant')]);
  for (const hans of hansArticles) {
    const hant = hantArticles.find((a) => a.slug === hans.slug);
    if (!hant) continue;
    pairAll([hans.entry.body ?? '', ...stringsIn(hans.entry.data)], [hant.entry.body ?? '', ...stringsIn(hant.entry.data)]);
  }

  const [hansTerms, hantTerms] = await Promise.all([getGlossary('zh-hans'), getGlossary('zh-hant')]);
  for (const hans of hansTerms) {
    const hant = hantTerms.find((term) => term.id === hans.id);
    if (hant) pairAll(stringsIn(hans), stringsIn(hant));
  }

  const hansMessages = getMessages('zh-hans');
  const hantMessages = getMessages('zh-hant');
  for (const [key, text] of Object.entries(hansMessages)) pairAll([text], [hantMessages[key] ?? '']);

  return encodeScriptMap(countCorrespondences(pairs));
}
