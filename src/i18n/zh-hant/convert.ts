import * as OpenCC from 'opencc-js';
import { ZH_HANT_OVERRIDES } from './glossary';

/**
 * zh-Hans → zh-Hant, build time only (opencc's dictionaries are ~550 KiB gzip: never ship them to a browser).
 * 'cn' → 'tw' converts characters and phrases but keeps mainland vocabulary, so the names of PRC laws
 * (个人信息保护法 → 個人信息保護法) stay the names the laws really have; `twp` would rename them.
 */
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

// The overrides are stated on the Simplified side; apply them to what opencc makes of that side.
const fixTerms = OpenCC.CustomConverter(
  ZH_HANT_OVERRIDES.map(([simplified, traditional]) => [toTraditional(simplified), traditional] as [string, string]),
);

export const convertToZhHant = (simplified: string): string => fixTerms(toTraditional(simplified));

/** Traditional → Simplified, used by the test that checks zh-Hant pages hold Traditional text only. */
export const convertToZhHans = (traditional: string): string => toSimplified(traditional);
