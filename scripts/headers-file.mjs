// Reads a `_headers` file (the Netlify / Cloudflare Pages format) and says which headers a path gets, so the test
// server serves dist/ with the same headers a host would. Netlify's rules, from its headers parser:
// - a line starting with `/` opens a block for that path pattern; indented `Name: value` lines follow; `#` comments;
// - in a pattern, a whole segment `*` matches the rest of the path, or nothing (`/embed/*` matches `/embed` too),
//   `*` inside a segment matches anything, `:name` matches one segment; a trailing slash is optional; case is ignored
//   (the slash before a whole-segment `*` is optional too, so `/embed/*` also matches `/embed.js`);
// - a header named twice in one block is joined with ", ";
// - when several blocks match a path, all apply; where two name the same header the later block's value wins
//   (Cloudflare Pages would join the two with ", " instead, so our file never lets two matching blocks name the
//   same header: `conflicts` finds such pairs for the tests).

/** @typedef {{ pattern: string, line: number, headers: Array<[string, string]> }} HeaderBlock */

/**
 * @param {string} text the file's contents
 * @returns {HeaderBlock[]}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderBlock[]} */
  const blocks = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (line.startsWith('/')) {
      blocks.push({ pattern: line, line: index + 1, headers: [] });
      return;
    }
    const separator = line.indexOf(':');
    const name = separator > 0 ? line.slice(0, separator).trim() : '';
    const value = separator > 0 ? line.slice(separator + 1).trim() : '';
    if (!name || !value) throw new Error(`_headers line ${index + 1}: expected "Name: value", got "${line}"`);
    const block = blocks.at(-1);
    if (!block) throw new Error(`_headers line ${index + 1}: a header before any path`);
    const existing = block.headers.find(([n]) => n.toLowerCase() === name.toLowerCase());
    if (existing) existing[1] = `${existing[1]}, ${value}`;
    else block.headers.push([name, value]);
  });
  return blocks;
}

/** @param {string} text */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The regular expression a path pattern stands for (Netlify's translation).
 * @param {string} pattern
 */
export function patternRegExp(pattern) {
  const parts = pattern.split('/').filter(Boolean).map((part) => {
    if (part.startsWith(':')) return '([^/]+)';
    if (part === '*') return '?(.*)';
    if (part.includes('*')) return part.split('*').map(escapeRegExp).join('(.*)');
    return escapeRegExp(part);
  });
  return new RegExp(`^/${parts.join('/')}/?$`, 'iu');
}

/**
 * The blocks whose pattern matches a request path, in file order.
 * @param {HeaderBlock[]} blocks
 * @param {string} pathname
 */
export function matchingBlocks(blocks, pathname) {
  return blocks.filter((block) => patternRegExp(block.pattern).test(pathname));
}

/**
 * The headers a request path gets: every matching block, later blocks overriding a header an earlier one set.
 * @param {HeaderBlock[]} blocks
 * @param {string} pathname
 * @returns {Record<string, string>} keyed by the header name as written in the file
 */
export function headersFor(blocks, pathname) {
  /** @type {Map<string, [string, string]>} */
  const byLowerName = new Map();
  for (const block of matchingBlocks(blocks, pathname)) {
    for (const [name, value] of block.headers) byLowerName.set(name.toLowerCase(), [name, value]);
  }
  return Object.fromEntries(byLowerName.values());
}

/**
 * Headers that two blocks matching the same path both set: hosts disagree on what such a path gets.
 * @param {HeaderBlock[]} blocks
 * @param {string} pathname
 */
export function conflicts(blocks, pathname) {
  /** @type {Map<string, string>} */
  const seen = new Map();
  /** @type {string[]} */
  const found = [];
  for (const block of matchingBlocks(blocks, pathname)) {
    for (const [name] of block.headers) {
      const key = name.toLowerCase();
      if (seen.has(key)) found.push(`${name} (${seen.get(key)} and ${block.pattern})`);
      else seen.set(key, block.pattern);
    }
  }
  return found;
}
