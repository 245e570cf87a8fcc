/** Longest input the parsers look at; real figures are far shorter, and this bounds the work. */
export const MAX_INPUT_LENGTH = 64;

/**
 * Traditional forms of the characters the parsers read, folded to the Simplified ones they match:
 * zh-Hant readers type 1萬, 萬五, 兩年, 月費率, 12個月 (and our zh-Hant hints tell them to).
 * Only characters that occur in the parsers' words; each has exactly one Simplified counterpart here.
 */
const TRADITIONAL_TO_SIMPLIFIED: Readonly<Record<string, string>> = {
  萬: '万', 億: '亿', 兩: '两', 個: '个', 費: '费', 點: '点', 釐: '厘', 幣: '币', 務: '务', 號: '号', 續: '续',
};
const TRADITIONAL = new RegExp(`[${Object.keys(TRADITIONAL_TO_SIMPLIFIED).join('')}]`, 'g');

/**
 * A character NFKC would turn into ASCII digits although it is not a digit as written: superscripts and
 * subscripts (10⁴ is ten thousand, and NFKC made it 104), circled ①, fractions ½, maths digits 𝟏.
 * Full-width digits (what a Chinese keyboard types) are digits and are not in this set.
 */
const isDigitLookalike = (ch: string): boolean => ch > '\u007f' && !/[\uFF10-\uFF19]/.test(ch) && /[0-9]/.test(ch.normalize('NFKC'));

/** NFKC, except that digit look-alikes stay as typed, so the parsers refuse them instead of misreading them. */
function foldCompatibility(text: string): string {
  if (!/[^\u0000-\u007f]/.test(text)) return text;
  let out = '';
  let run = '';
  for (const ch of text) {
    if (isDigitLookalike(ch)) {
      out += run.normalize('NFKC') + ch;
      run = '';
    } else run += ch;
  }
  return out + run.normalize('NFKC');
}

/**
 * Folds what people type into one spelling: NFKC turns full-width digits and punctuation into ASCII
 * (１２３ → 123, ， → ,, ． → ., ％ → %, ￥ → ¥, ideographic space → space), except digit look-alikes
 * (10⁴, ①: kept, so every parser refuses them rather than reading 104); the minus-like
 * dashes become '-'; Traditional characters the parsers read become Simplified (萬 → 万);
 * whitespace at the ends is dropped. Letters are NOT case-folded here.
 * @example normalizeInput(' １，０００ ') // => '1,000'
 * @example normalizeInput('1.5萬') // => '1.5万'
 */
export function normalizeInput(text: string): string {
  return foldCompatibility(text)
    .replace(/[\u2212\u2012\u2013\u2014\uFE63]/g, '-')
    .replace(TRADITIONAL, (ch) => TRADITIONAL_TO_SIMPLIFIED[ch] as string)
    .trim();
}
