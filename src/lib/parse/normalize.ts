/** Longest input the parsers look at; real figures are far shorter, and this bounds the work. */
export const MAX_INPUT_LENGTH = 64;

/**
 * Folds what people type into one spelling: NFKC turns full-width digits and punctuation into ASCII
 * (１２３ → 123, ， → ,, ． → ., ％ → %, ￥ → ¥, ideographic space → space); the minus-like
 * dashes become '-'; whitespace at the ends is dropped. Letters are NOT case-folded here.
 * @example normalizeInput(' １，０００ ') // => '1,000'
 */
export function normalizeInput(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2212\u2012\u2013\u2014\uFE63]/g, '-')
    .trim();
}
