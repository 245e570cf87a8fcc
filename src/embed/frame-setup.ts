/**
 * The code /embed/frame.js runs in every embed frame, before the page paints. Each function here is
 * self-contained (no imports, no outside names): src/pages/embed/frame.js.ts serialises them into a plain
 * classic script, and the unit tests call them directly. Keep them that way.
 */

export interface FrameRules {
  themes: readonly string[];
  accent: RegExp;
  frameId: RegExp;
  names: { theme: string; accent: string; frame: string };
}

export interface FrameOptions {
  theme: string;
  accent: string;
  frameId: string;
}

/** The frame's options from its #fragment, each checked; anything that fails a rule is dropped. */
export function readFrameOptions(hash: string, rules: FrameRules): FrameOptions {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const theme = params.get(rules.names.theme) ?? '';
  const accent = params.get(rules.names.accent) ?? '';
  const frameId = params.get(rules.names.frame) ?? '';
  return {
    theme: rules.themes.indexOf(theme) >= 0 ? theme : 'auto',
    accent: rules.accent.test(accent) ? accent : '',
    frameId: rules.frameId.test(frameId) ? frameId : '',
  };
}

export interface AccentShades {
  /** [accent, text on the accent] for the light scheme and for the dark one. */
  light: [string, string];
  dark: [string, string];
}

/**
 * The host's accent, shaded for each scheme until text in it reads at 4.5:1 (WCAG AA) on our backgrounds,
 * with black or white text on it, whichever reads better (never under 4.5:1). `hex` is #rgb or #rrggbb,
 * already checked against ACCENT_PATTERN; output is always #rrggbb from numbers, never the input text.
 * @example accentShades('#ffcc00').light // => ['#7a6200', '#ffffff'] (darkened until it reads on white)
 */
export function accentShades(hex: string): AccentShades | undefined {
  const digits = hex.slice(1);
  const full = digits.length === 3 ? digits.replace(/./g, '$&$&') : digits;
  const rgb = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  if (full.length !== 6 || rgb.some((v) => !(v >= 0 && v <= 255))) return undefined;
  const luminance = (c: number[]) => {
    const [r, g, b] = c.map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: number[], b: number[]) => {
    const x = luminance(a);
    const y = luminance(b);
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  };
  const toHex = (c: number[]) => '#' + c.map((v) => (v < 16 ? '0' : '') + v.toString(16)).join('');
  const white = [255, 255, 255];
  const black = [0, 0, 0];
  // Mix toward `toward` in 5 % steps until the colour reads on every background (at 100 % it is black or white).
  const shade = (backgrounds: number[][], toward: number[]): [string, string] => {
    let colour = rgb;
    for (let step = 0; step <= 20; step++) {
      colour = rgb.map((v, i) => Math.round(v + ((toward[i] as number) - v) * (step / 20)));
      if (backgrounds.every((bg) => contrast(colour, bg) >= 4.5)) break;
    }
    return [toHex(colour), contrast(colour, white) >= contrast(colour, black) ? '#ffffff' : '#000000'];
  };
  // Our backgrounds and surfaces (src/styles/tokens.css): light #ffffff/#f4f6f8, dark #121417/#1d2126.
  return {
    light: shade([white, [0xf4, 0xf6, 0xf8]], black),
    dark: shade([[0x12, 0x14, 0x17], [0x1d, 0x21, 0x26]], white),
  };
}
