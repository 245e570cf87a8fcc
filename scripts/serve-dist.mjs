// Serves the built site (dist/) for the browser tests, like a static host: /path/ → path/index.html,
// unknown paths → 404.html with status 404, and the headers dist/_headers gives each path (as Netlify or
// Cloudflare Pages would: scripts/headers-file.mjs), so the tests see the CSP and caching we deploy. Our own small server rather than `astro preview`, because
// Astro allows one preview per project and a running `npm start` would otherwise stop `npm test`.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

import { headersFor, parseHeadersFile } from './headers-file.mjs';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4322);
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream', '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream', '.pf_filter': 'application/octet-stream', '.webmanifest': 'application/manifest+json',
};

// Read once at start: the tests build first, then start this server.
const headersFile = join(root, '_headers');
const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];

function fileFor(urlPath) {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const full = join(root, path);
  if (!full.startsWith(root)) return undefined; // no escaping the site folder
  if (existsSync(full) && statSync(full).isFile()) return full;
  const index = join(full, 'index.html');
  return existsSync(index) ? index : undefined;
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  // A directory without its trailing slash redirects, as static hosts do, so relative links resolve.
  if (!url.pathname.endsWith('/') && !extname(url.pathname) && existsSync(join(root, url.pathname, 'index.html'))) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  // The host keeps _headers to itself.
  const file = url.pathname === '/_headers' ? undefined : fileFor(url.pathname);
  const status = file ? 200 : 404;
  const body = file ?? join(root, '404.html');
  // Headers follow the requested path, also when the 404 page answers it (as on Netlify). Where _headers sets no
  // caching, nothing is cached, so a test never sees a file from an earlier build.
  res.writeHead(status, {
    'content-type': TYPES[extname(body)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
    ...Object.fromEntries(Object.entries(headersFor(rules, url.pathname)).map(([name, value]) => [name.toLowerCase(), value])),
  });
  createReadStream(body).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
