import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';

/**
 * Astro writes the one rule its islands need (`astro-island { display: contents }`) as a <style> right before the
 * first island, inside <body>, where HTML does not allow it (the Nu HTML Checker: "A style element in body must be
 * the first child of its parent"). After the build this moves that <style> to the end of <head>. The page's CSP
 * already holds its hash (Astro hashes it whenever a renderer is installed), and a hash does not care where the
 * element stands; the rule applies to the whole page wherever it is, so tool pages and embeds look the same.
 */
export const ISLAND_STYLE_ELEMENT = `<style>${ISLAND_STYLES}</style>`;

/** The page with the island <style> moved from <body> to the end of <head>; unchanged when it has none in <body>. */
export function moveIslandStylesToHead(html: string): string {
  const bodyStart = html.indexOf('<body');
  const at = html.indexOf(ISLAND_STYLE_ELEMENT, bodyStart);
  if (bodyStart < 0 || at < 0) return html;
  const without = html.slice(0, at) + html.slice(at + ISLAND_STYLE_ELEMENT.length);
  const headEnd = without.indexOf('</head>');
  if (headEnd < 0) throw new Error('[island-styles] a page with an island but no </head>');
  return without.slice(0, headEnd) + ISLAND_STYLE_ELEMENT + without.slice(headEnd);
}

const htmlFilesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFilesUnder(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });

export default function islandStylesToHead(): AstroIntegration {
  return {
    name: 'mingzhang:island-styles-to-head',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let moved = 0;
        for (const file of htmlFilesUnder(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const fixed = moveIslandStylesToHead(html);
          if (fixed === html) continue;
          writeFileSync(file, fixed);
          moved++;
        }
        logger.info(`moved the island <style> into <head> on ${moved} pages`);
      },
    },
  };
}
