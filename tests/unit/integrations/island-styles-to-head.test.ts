import { describe, expect, it } from 'vitest';
import { ISLAND_STYLE_ELEMENT, moveIslandStylesToHead } from '../../../src/integrations/island-styles-to-head';

describe('moveIslandStylesToHead', () => {
  const page = (head: string, body: string) => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

  it('moves the island <style> Astro writes before the first island to the end of <head>', () => {
    const before = page('<link rel="stylesheet" href="/a.css">', `<main><p>x</p>${ISLAND_STYLE_ELEMENT}<script>1</script><astro-island></astro-island></main>`);
    expect(moveIslandStylesToHead(before)).toBe(page(`<link rel="stylesheet" href="/a.css">${ISLAND_STYLE_ELEMENT}`, '<main><p>x</p><script>1</script><astro-island></astro-island></main>'));
  });

  it('leaves a page without it in <body> alone (no island, or already in <head>)', () => {
    const plain = page('', '<main><p>article</p></main>');
    expect(moveIslandStylesToHead(plain)).toBe(plain);
    const done = page(ISLAND_STYLE_ELEMENT, '<main><astro-island></astro-island></main>');
    expect(moveIslandStylesToHead(done)).toBe(done);
  });

  it('is Astro\'s own rule, so the page CSP hash Astro computes still matches', () => {
    expect(ISLAND_STYLE_ELEMENT).toBe('<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>');
  });
});
