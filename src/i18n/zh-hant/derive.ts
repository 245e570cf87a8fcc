import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { convertToZhHant } from './convert';
import { assertReviewed, unreviewedOccurrences, type UnreviewedOccurrence } from './check';

/** Where derived zh-Hant content is written. Git-ignored: it is rebuilt from zh-Hans on every build. */
export const DERIVED_DIR = '.derived';

/** Content written by hand in zh-Hans whose zh-Hant counterpart we derive: source → target. */
const DERIVATIONS = [
  { from: 'content/articles/zh-hans', to: `${DERIVED_DIR}/articles/zh-hant` },
  { from: 'content/glossary/zh-hans.json', to: `${DERIVED_DIR}/glossary/zh-hant.json` },
] as const;

const filesUnder = (path: string): string[] =>
  statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => filesUnder(join(path, name))) : [path];

/**
 * Text of a zh-Hant file made from its zh-Hans source. Links that name the zh-hans locale are pointed at
 * zh-hant, so a derived page never sends its reader back to Simplified Chinese.
 */
export const deriveText = (simplified: string): string => convertToZhHant(simplified).replaceAll('/zh-hans/', '/zh-hant/');

/**
 * Rebuilds `.derived/` from zh-Hans content under `root`. Returns the files written. Throws (failing the build)
 * when a derived file holds a risky character outside the reviewed phrases (check.ts).
 */
export function deriveZhHantContent(root: string): string[] {
  rmSync(join(root, DERIVED_DIR), { recursive: true, force: true });
  const written: string[] = [];
  const unreviewed: UnreviewedOccurrence[] = [];
  for (const { from, to } of DERIVATIONS) {
    const source = join(root, from);
    if (!existsSync(source)) continue;
    for (const file of filesUnder(source)) {
      const target = join(root, to, relative(source, file));
      mkdirSync(dirname(target), { recursive: true });
      const text = deriveText(readFileSync(file, 'utf8'));
      writeFileSync(target, text);
      written.push(target);
      unreviewed.push(...unreviewedOccurrences(`${relative(root, target)} (from ${relative(root, file)})`, text));
    }
  }
  assertReviewed(unreviewed);
  return written;
}
