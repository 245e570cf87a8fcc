import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readChineseNumeral } from '../../src/lib/parse';

/**
 * A reference writer of Chinese numerals by the written rules (one 零 per skipped run of places; after
 * 万/亿 a 零 exactly when the rest is below a tenth of the group; 十 alone at the very start in the small
 * form, 壹拾 always in capitals). Every number it writes must read back to itself.
 */
const SMALL = { digits: '零一二三四五六七八九', units: ['', '十', '百', '千'] };
const CAPITAL = { digits: '零壹贰叁肆伍陆柒捌玖', units: ['', '拾', '佰', '仟'] };
type Style = typeof SMALL;

function section(n: bigint, style: Style, atStart: boolean): string {
  let out = '';
  let zero = false;
  for (let p = 3; p >= 0; p--) {
    const d = Number((n / 10n ** BigInt(p)) % 10n);
    if (d === 0) {
      if (out !== '') zero = true;
      continue;
    }
    if (zero) out += style.digits[0];
    zero = false;
    const bareTen = style === SMALL && p === 1 && d === 1 && atStart && out === '';
    out += (bareTen ? '' : (style.digits[d] ?? '')) + (style.units[p] ?? '');
  }
  return out;
}

function write(n: bigint, style: Style, atStart = true): string {
  if (n === 0n) return style.digits[0] as string;
  for (const [g, word] of [[10n ** 8n, '亿'], [10n ** 4n, '万']] as const) {
    if (n < g) continue;
    const high = n / g;
    const rest = n % g;
    const tail = rest === 0n ? '' : (rest < g / 10n ? style.digits[0] : '') + write(rest, style, false);
    return write(high, style, atStart) + word + tail;
  }
  return section(n, style, atStart);
}

const read = (text: string, money = false): string => {
  const r = readChineseNumeral(text, { money });
  return r.ok ? r.value.toFixed() : r.code;
};

describe('Chinese numerals: what the written rules produce reads back', () => {
  it.each([
    [1001n, '一千零一'],
    [100500n, '十万零五百'],
    [105000000n, '一亿零五百万'],
    [12000n, '壹万贰仟'],
  ])('the reference writer: %s → %s', (n, text) => {
    expect(write(n, text.includes('壹') || text.includes('贰') ? CAPITAL : SMALL)).toBe(text);
  });

  const number = fc.oneof(
    fc.bigInt({ min: 0n, max: 99_999n }),
    fc.bigInt({ min: 0n, max: 10n ** 12n }),
    fc.bigInt({ min: 0n, max: 10n ** 16n - 1n }),
    // numbers with many zeros, where 零 placement matters
    fc.array(fc.constantFrom(0n, 0n, 0n, 1n, 5n, 9n), { minLength: 1, maxLength: 16 }).map((ds) => ds.reduce<bigint>((a, d) => a * 10n + d, 0n)),
  );

  it('small forms', () => {
    fc.assert(fc.property(number, (n) => read(write(n, SMALL)) === n.toString()), { numRuns: 2000 });
  });

  it('financial capitals with 元角分', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 }), (n, jiao, fen) => {
        const d = CAPITAL.digits;
        const cents = (jiao === 0 ? '' : `${d[jiao]}角`) + (fen === 0 ? '' : `${jiao === 0 ? '零' : ''}${d[fen]}分`);
        const text = `${write(n, CAPITAL)}元${cents === '' ? '整' : cents}`;
        const expected = (Number(jiao) === 0 && fen === 0) ? n.toString() : `${n}.${jiao}${fen}`.replace(/0$/, '');
        return read(text, true) === expected;
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws and never returns a non-finite value, whatever the characters', () => {
    const ch = fc.constantFrom(...'零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億兩貳參陸点元圆角分整');
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 20 }).map((a) => a.join('')), (text) => {
        const r = readChineseNumeral(text, { money: true });
        return !r.ok || (r.value.isFinite() && !r.value.isNegative());
      }),
      { numRuns: 3000 },
    );
  });
});
