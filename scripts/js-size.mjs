// Reports the JavaScript each built page loads before any interaction (gzip -9), by page kind, following
// static imports. Fails when a home or article page ships any JavaScript at all: those must cost 0 bytes.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
if (!existsSync(DIST)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const htmlFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
const kindOf = (url) =>
  url === '/' || /^\/(zh-hans|zh-hant|en)\/$/.test(url) ? 'home'
  : /^\/(zh-hans|zh-hant|en)\/articles\/[^/]+\/$/.test(url) ? 'article'
  : /^\/(zh-hans|zh-hant|en)\/tools\/[^/]+\/$/.test(url) ? 'calculator'
  : url.startsWith('/embed/') ? 'embed' : 'other';
const gz = (text) => gzipSync(text, { level: 9 }).length;

/** A JS file and everything it imports statically (dynamic import() is loaded later, on demand). */
function staticGraph(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["']([^"']+\.m?js)["']/g)) {
    staticGraph(resolve(dirname(file), m[1]), seen);
  }
  return seen;
}

const rows = [];
for (const file of htmlFiles(DIST)) {
  const url = '/' + relative(DIST, file).replace(/index\.html$/, '');
  const html = readFileSync(file, 'utf8');
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const entries = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
    ...html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g),
  ].map((m) => m[1]).filter((src) => src.startsWith('/'));
  const files = new Set();
  for (const src of entries) staticGraph(join(DIST, src), files);
  const bytes = (inline ? gz(inline) : 0) + [...files].reduce((sum, f) => sum + gz(readFileSync(f)), 0);
  rows.push({ url, kind: kindOf(url), bytes, files: files.size, inline: inline.length > 0 });
}

const kib = (b) => (b / 1024).toFixed(1);
console.log('JavaScript per page kind (gzip -9, static imports followed):');
for (const kind of ['home', 'article', 'calculator', 'embed', 'other']) {
  const group = rows.filter((r) => r.kind === kind);
  if (!group.length) continue;
  const max = Math.max(...group.map((r) => r.bytes));
  console.log(`  ${kind.padEnd(10)} ${String(group.length).padStart(3)} pages  max ${kib(max)} KiB  (${max} bytes)`);
}
const offenders = rows.filter((r) => (r.kind === 'home' || r.kind === 'article') && r.bytes > 0);
if (offenders.length) {
  console.error(`Home and article pages must ship 0 bytes of JavaScript; these do not:\n${offenders.map((r) => `  ${r.url}: ${r.bytes} bytes`).join('\n')}`);
  process.exit(1);
}
