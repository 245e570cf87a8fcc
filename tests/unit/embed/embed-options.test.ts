import { describe, expect, it } from 'vitest';
import { ACCENT_PATTERN, FRAME_ID_PATTERN, FRAME_PARAMS, LOADER_OPTIONS, THEMES, attributeFor, frameFragment, isAccent } from '../../../src/embed/options';
import { accentShades, readFrameOptions } from '../../../src/embed/frame-setup';
import { iframeSnippet, inputsFromSharedLink, scriptSnippet, type WidgetChoice } from '../../../src/embed/snippet';
import { TOOL_INPUT_KEYS } from '../../../src/islands/widget-builder/tool-inputs';
import { EMBEDDABLE_TOOL_IDS } from '../../../src/tools';

const HOSTILE = '"red;}</style><script>alert(1)</script>';
const rules = { themes: THEMES, accent: ACCENT_PATTERN, frameId: FRAME_ID_PATTERN, names: FRAME_PARAMS };

/** WCAG relative-luminance contrast, written independently of accentShades' own helpers. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, b2] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b2!;
  };
  const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

describe('accent colours', () => {
  it.each(['#0a7d4f', '#FFF', '#abc', '#000000'])('accepts the hex colour %s', (value) => expect(isAccent(value)).toBe(true));
  it.each([HOSTILE, 'red', 'javascript:alert(1)', '#12345', '#1234567', 'rgb(0,0,0)', '#0a7d4f;', ' #0a7d4f', '#0a7d4f\n', 'url(x)'])('ignores %j', (value) =>
    expect(isAccent(value)).toBe(false),
  );

  it.each(['#ffcc00', '#0a7d4f', '#ffffff', '#000000', '#777777', '#f0f', '#123456', '#8cc4ff'])('shades %s so text in it and on it reads at 4.5:1 in both schemes', (hex) => {
    const shades = accentShades(hex);
    expect(shades).toBeDefined();
    for (const bg of ['#ffffff', '#f4f6f8']) expect(contrast(shades!.light[0], bg)).toBeGreaterThanOrEqual(4.5);
    for (const bg of ['#121417', '#1d2126']) expect(contrast(shades!.dark[0], bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(shades!.light[0], shades!.light[1])).toBeGreaterThanOrEqual(4.5);
    expect(contrast(shades!.dark[0], shades!.dark[1])).toBeGreaterThanOrEqual(4.5);
    for (const c of [...shades!.light, ...shades!.dark]) expect(c).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('keeps an accent that already reads, unchanged', () => {
    expect(accentShades('#0a56a5')!.light).toEqual(['#0a56a5', '#ffffff']);
    expect(accentShades('#8cc4ff')!.dark).toEqual(['#8cc4ff', '#000000']);
  });
});

describe('the frame reads its options from the fragment', () => {
  it('takes valid options', () => {
    expect(readFrameOptions('#mz-theme=dark&mz-accent=%230a7d4f&mz-frame=f1a2&amount=1', rules)).toEqual({ theme: 'dark', accent: '#0a7d4f', frameId: 'f1a2' });
  });
  it('drops hostile or unknown values', () => {
    const hash = `#mz-theme=${encodeURIComponent('javascript:alert(1)')}&mz-accent=${encodeURIComponent(HOSTILE)}&mz-frame=${encodeURIComponent('<b>')}`;
    expect(readFrameOptions(hash, rules)).toEqual({ theme: 'auto', accent: '', frameId: '' });
    expect(readFrameOptions('', rules)).toEqual({ theme: 'auto', accent: '', frameId: '' });
    expect(readFrameOptions('#mz-theme=__proto__', rules).theme).toBe('auto');
  });
});

describe('initial values by the tools’ own parameter names', () => {
  it('no tool input is named like a loader option, and every name survives the data- attribute round trip', () => {
    // The browser's dataset naming: data-a-bc → aBc.
    const datasetName = (attribute: string) => attribute.slice(5).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    for (const tool of EMBEDDABLE_TOOL_IDS) {
      for (const key of TOOL_INPUT_KEYS[tool]) {
        expect(LOADER_OPTIONS as readonly string[]).not.toContain(key);
        expect(key).toMatch(/^[a-z][a-zA-Z]*$/); // camelCase, so never a hyphenated frame option
        expect(datasetName(attributeFor(key))).toBe(key);
      }
    }
  });

  it('the fragment puts the options and the non-empty inputs in a share link’s form', () => {
    expect(frameFragment({ theme: 'light', accent: '#abc', frameId: 'f9' }, { amount: '1万', months: '' })).toBe('#mz-theme=light&mz-accent=%23abc&mz-frame=f9&amount=1%E4%B8%87');
    expect(frameFragment({ theme: 'auto', accent: HOSTILE })).toBe('');
  });

  it('takes only the tool’s own names from a pasted share link, and refuses a link to another tool', () => {
    const keys = TOOL_INPUT_KEYS.schedule;
    expect(inputsFromSharedLink('https://mz.org/en/tools/schedule/#amount=100000&months=12&evil=1', 'schedule', keys)).toEqual({ amount: '100000', months: '12' });
    expect(inputsFromSharedLink('https://mz.org/en/tools/apr/#amount=1', 'schedule', keys)).toBeUndefined();
    expect(inputsFromSharedLink('javascript:alert(1)//tools/schedule/', 'schedule', keys)).toBeUndefined();
    expect(inputsFromSharedLink('not a link', 'schedule', keys)).toBeUndefined();
  });
});

describe('snippets', () => {
  const choice: WidgetChoice = { tool: 'schedule', locale: 'en', theme: 'dark', accent: '#0a7d4f', inputs: { amount: HOSTILE, monthlyFeePct: '0.6' } };

  it('the script snippet carries the real origin, the options, the inputs escaped, and a noscript link', () => {
    const text = scriptSnippet('https://help.example.org', choice, 'Open <the> tool');
    expect(text).toBe(
      '<script src="https://help.example.org/embed.js" data-calculator="schedule" data-locale="en" data-theme="dark" data-accent="#0a7d4f" ' +
        'data-amount="&quot;red;}&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;" data-monthly-fee-pct="0.6" async></script>\n' +
        '<noscript><a href="https://help.example.org/en/tools/schedule/">Open &lt;the&gt; tool</a></noscript>',
    );
  });

  it('leaves out a theme of auto and an accent that is not a colour', () => {
    const text = scriptSnippet('https://x.org', { ...choice, theme: 'auto', accent: HOSTILE, inputs: {} }, 'Open');
    expect(text).not.toContain('data-theme');
    expect(text).not.toContain('data-accent');
  });

  it('the plain iframe has the sandbox, no referrer, the clipboard, and its options in the fragment', () => {
    const text = iframeSnippet('https://x.org', { ...choice, inputs: { amount: '5000' } }, 'Tool "x"');
    expect(text).toContain('src="https://x.org/embed/en/schedule/#mz-theme=dark&amp;mz-accent=%230a7d4f&amp;amount=5000"');
    expect(text).toContain('sandbox="allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-downloads allow-modals"');
    expect(text).toContain('referrerpolicy="no-referrer"');
    expect(text).toContain('allow="clipboard-write"');
    expect(text).toContain('title="Tool &quot;x&quot;"');
    expect(text).not.toContain('?');
  });
});
