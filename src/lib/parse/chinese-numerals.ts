const DIGITS: Record<string, string> = {
  零: '0', 〇: '0', 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};

/**
 * Small Chinese numerals to an ASCII decimal string, or undefined when not one:
 * digit strings (五 → '5', 二点五 → '2.5', 一二 → '12') and tens up to 99 (十 → '10', 十二 → '12',
 * 三十六 → '36'). ASCII digits pass through. Larger units (百, 千, 万) are the amount parser's job.
 * @example chineseToDecimal('三十六') // => '36'
 */
export function chineseToDecimal(text: string): string | undefined {
  if (/^\d+(\.\d+)?$/.test(text)) return text;
  const tens = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(text);
  if (tens) {
    const high = tens[1] === undefined ? '1' : DIGITS[tens[1]];
    const low = tens[2] === undefined ? '0' : DIGITS[tens[2]];
    return `${high}${low}`;
  }
  const [whole, fraction, ...rest] = text.split('点');
  if (whole === undefined || whole === '' || rest.length > 0 || fraction === '') return undefined;
  const digitsOf = (part: string): string | undefined => {
    let out = '';
    for (const ch of part) {
      const d = DIGITS[ch];
      if (d === undefined) return undefined;
      out += d;
    }
    return out;
  };
  const w = digitsOf(whole);
  if (w === undefined) return undefined;
  if (fraction === undefined) return w;
  const f = digitsOf(fraction);
  return f === undefined ? undefined : `${w}.${f}`;
}
