import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The built site the browser tests check. `npm test` builds it first. */
export const DIST = 'dist';

const htmlFilesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFilesUnder(path);
    return name.endsWith('.html') ? [path] : [];
  });

/** URL path of every built HTML page: '/', '/zh-hans/', '/en/articles/sued/', '/404.html'. */
export function builtPages(): string[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
  return htmlFilesUnder(DIST)
    .map((file) => '/' + relative(DIST, file).split('\\').join('/'))
    .map((path) => (path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path))
    .sort();
}

/** The built file a same-origin URL path is served from, or undefined when it would 404. */
export function fileFor(pathname: string): string | undefined {
  const clean = decodeURIComponent(pathname);
  const candidates = clean.endsWith('/') ? [join(DIST, clean, 'index.html')] : [join(DIST, clean), join(DIST, clean, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

const idCache = new Map<string, Set<string>>();
/** Element ids in a built HTML file, for checking #fragment links. */
export function idsIn(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string));
    idCache.set(file, ids);
  }
  return ids;
}

/** Page kinds, for the JavaScript budget and reporting. */
export function pageKind(path: string): 'home' | 'article' | 'calculator' | 'embed' | 'other' {
  if (path === '/' || /^\/(zh-hans|zh-hant|en)\/$/.test(path)) return 'home';
  if (/^\/(zh-hans|zh-hant|en)\/articles\/[^/]+\/$/.test(path)) return 'article';
  if (/^\/(zh-hans|zh-hant|en)\/tools\/[^/]+\/$/.test(path)) return 'calculator';
  if (path.startsWith('/embed/')) return 'embed';
  return 'other';
}
