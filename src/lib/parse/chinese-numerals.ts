import { Dec } from '../money/decimal';

/**
 * Chinese numerals as contracts and people write them: small forms (一万五千, 两万, 十万零五百),
 * the financial capitals (壹万贰仟, 伍仟, 叁佰元伍角贰分) and their Traditional spellings (萬, 億, 兩,
 * 貳, 參, 陸, 圓). The grammar is the written one (《支付结算办法》's rules for capitals: one 零 for a gap,
 * 元/角/分), with the spoken shorthand a final digit takes the next lower unit (一万五 = 15000,
 * 三千五 = 3500). Everything else is refused, never guessed:
 * - `numeralDigits`: digits strung without units (一一, 二〇二五): a digit-by-digit reading or a typo?
 * - `numeralMalformed`: units out of order or repeated (五千三万, 万万, 一千千), a 零 missing where a
 *   place is skipped (一千五十: 1050 or a slip for 一千五百?), a 零 where none is skipped (一千零五百),
 *   a trailing 零, two 点 (零点点), 两 as the last digit (十两 reads as a weight).
 * Why not the `nzh` package (1.0.14): tried on these tests, it reads 两万 as 0, 三千五 as 3005, 一万五 as
 * 10005, 叁佰元伍角贰分 as 352, 五千三万 as 50030000, 一一 as 11 and 万万 as 10^8, and signals failure by
 * returning '0'; it has no 元/角/分. Its job is the other direction (numbers to Chinese).
 */

const DIGIT: Readonly<Record<string, number>> = {
  零: 0, 〇: 0,
  一: 1, 壹: 1, 弌: 1,
  二: 2, 两: 2, 兩: 2, 贰: 2, 貳: 2, 弍: 2,
  三: 3, 叁: 3, 參: 3, 叄: 3, 弎: 3,
  四: 4, 肆: 4,
  五: 5, 伍: 5,
  六: 6, 陆: 6, 陸: 6,
  七: 7, 柒: 7,
  八: 8, 捌: 8,
  九: 9, 玖: 9,
};
const SMALL_UNIT: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const GROUP_UNIT: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
const WORD: Readonly<Record<string, Token['k']>> = {
  点: 'point', 點: 'point', 元: 'yuan', 圆: 'yuan', 圓: 'yuan', 块: 'yuan', 塊: 'yuan',
  角: 'jiao', 毛: 'jiao', 分: 'fen', 整: 'zheng', 正: 'zheng',
};

/** Characters that can only start a Chinese numeral (not the 万/千/百 the ASCII amount forms also use). */
export const CHINESE_NUMERAL_SIGNAL = /[零〇一壹弌二两兩贰貳弍三叁參叄弎四肆五伍六陆陸七柒八捌九玖十拾佰仟圆圓块塊角毛点點]/;

type Token =
  | { k: 'digit'; v: number; ch: string }
  | { k: 'unit'; v: number }
  | { k: 'group'; v: number }
  | { k: 'point' | 'yuan' | 'jiao' | 'fen' | 'zheng' };

export type NumeralCode = 'numeralMalformed' | 'numeralDigits' | 'notNumeral';
export type NumeralRead = { ok: true; value: Dec } | { ok: false; code: NumeralCode };

/** Unwinds the recursive reader to readChineseNumeral, which returns it as a code: it never leaves this module. */
class Refused {
  constructor(readonly code: NumeralCode) {}
}
const refuse = (code: NumeralCode = 'numeralMalformed'): never => {
  throw new Refused(code);
};

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    const d = DIGIT[ch];
    const u = SMALL_UNIT[ch];
    const g = GROUP_UNIT[ch];
    const w = WORD[ch];
    if (d !== undefined) tokens.push({ k: 'digit', v: d, ch });
    else if (u !== undefined) tokens.push({ k: 'unit', v: u });
    else if (g !== undefined) tokens.push({ k: 'group', v: g });
    else if (w !== undefined) tokens.push({ k: w } as Token);
    else refuse('notNumeral');
  }
  return tokens;
}

const isZero = (t: Token | undefined): boolean => t?.k === 'digit' && t.v === 0;
const isDigit = (t: Token | undefined): t is Token & { k: 'digit' } => t?.k === 'digit' && t.v !== 0;
const isDigitToken = (t: Token | undefined): boolean => t?.k === 'digit';
const isLiang = (t: Token | undefined): boolean => t?.k === 'digit' && (t.ch === '两' || t.ch === '兩');

/**
 * One section below 10,000: (digit unit)* with units strictly falling, one 零 for each skipped run of
 * places, then at most one bare digit (the ones place, or — `abbrev` — the spoken shorthand).
 * `multiplier`: the section stands before 万/亿 (两 may stand alone there: 两万).
 */
function readSection(tokens: Token[], opts: { abbrev: boolean; multiplier: boolean }): number {
  if (tokens.length === 0) refuse();
  if (tokens.length === 1 && isZero(tokens[0])) return 0;
  let value = 0;
  let lastUnit = Infinity;
  let zero = false;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    if (isZero(t)) {
      // A 零 starts nothing, follows no other 零 and ends nothing.
      if (lastUnit === Infinity || zero || i === tokens.length - 1) refuse(isDigitToken(next) && lastUnit === Infinity ? 'numeralDigits' : 'numeralMalformed');
      zero = true;
      i++;
      continue;
    }
    if (t.k === 'unit') {
      // A bare 十 means 一十: at the start (十二, 十万), after a 零 (一千零十) or after 百 (一百十).
      if (t.v !== 10 || !(lastUnit === Infinity || zero || lastUnit === 100)) refuse();
      value += place(10, lastUnit, zero);
      lastUnit = 10;
      zero = false;
      i++;
      continue;
    }
    if (!isDigit(t)) return refuse();
    if (next?.k === 'unit') {
      if (isLiang(t) && next.v === 10) refuse();
      value += t.v * place(next.v, lastUnit, zero);
      lastUnit = next.v;
      zero = false;
      i += 2;
      continue;
    }
    // A bare digit: it must end the section.
    if (next !== undefined) refuse(next.k === 'digit' ? 'numeralDigits' : 'numeralMalformed');
    if (isLiang(t) && !(opts.multiplier && lastUnit === Infinity)) refuse();
    if (lastUnit === Infinity || zero || lastUnit === 10) {
      if (zero && lastUnit === 10) refuse(); // 一十零五
      value += t.v;
    } else if (opts.abbrev) {
      value += (t.v * lastUnit) / 10; // 一千五 = 1500
    } else {
      refuse(); // 五千三万
    }
    i++;
  }
  return value;
}

/** The place `unit` after `lastUnit`: adjacent places take no 零, a skipped place needs exactly one. */
function place(unit: number, lastUnit: number, zero: boolean): number {
  if (unit >= lastUnit) refuse();
  if (lastUnit !== Infinity) {
    const adjacent = unit * 10 === lastUnit;
    if (adjacent === zero) refuse();
  }
  return unit;
}

/**
 * A whole number: `high group rest`, where the rest after a group unit G (万, 亿) starts with 零
 * exactly when it is below G/10 (一万零五百, 一万五千, 一亿零五百万). 万 multiplies a section below 10^4,
 * 亿 a number below 10^8 (一万亿 = 10^12). Decimal arithmetic: 亿亿-sized numbers pass 2^53.
 */
function readInteger(tokens: Token[], opts: { abbrev: boolean; multiplier: boolean }): Dec {
  for (const g of [1e8, 1e4]) {
    const at = tokens.findIndex((t) => t.k === 'group' && t.v === g);
    if (at === -1) continue;
    if (tokens.some((t, i) => i > at && t.k === 'group' && t.v === g)) refuse(); // 万万
    const high = tokens.slice(0, at);
    if (high.length === 0) refuse(); // 万 alone
    const highValue = readInteger(high, { abbrev: false, multiplier: true });
    if (highValue.isZero() || highValue.gte(g === 1e4 ? 1e4 : 1e8)) refuse();
    const G = new Dec(g);
    let rest = tokens.slice(at + 1);
    if (rest.length === 0) return highValue.times(G);
    const zero = isZero(rest[0]);
    if (zero) rest = rest.slice(1);
    if (rest.length === 0) refuse(); // 一万零
    // 一万五 = 一万五千: a lone digit after the group takes the next lower place.
    if (!zero && rest.length === 1 && isDigit(rest[0]) && !isLiang(rest[0])) {
      if (!opts.abbrev) refuse(); // 五万三亿
      return highValue.times(G).plus(G.div(10).times((rest[0] as { v: number }).v));
    }
    const restValue = readInteger(rest, { abbrev: opts.abbrev, multiplier: false });
    if (restValue.isZero() || restValue.gte(G)) refuse(); // 一万一亿, 一万零零
    if (zero !== restValue.lt(G.div(10))) refuse(); // 一万五百, 一万零五千
    return highValue.times(G).plus(restValue);
  }
  return new Dec(readSection(tokens, opts));
}

/** What may follow the digits after 点: nothing, one unit (万, 千), a unit and a group (千万), or 万亿. */
function readMultiplier(tokens: Token[]): Dec {
  const [a, b, ...more] = tokens;
  if (a === undefined) return new Dec(1);
  if (more.length > 0 || (a.k !== 'unit' && a.k !== 'group')) return refuse();
  if (b === undefined) return new Dec(a.v);
  const ok = b.k === 'group' && (a.k === 'unit' || (a.v === 1e4 && b.v === 1e8));
  return ok ? new Dec(a.v).times((b as { v: number }).v) : refuse();
}

function readNumber(tokens: Token[], abbrev: boolean): Dec {
  const points = tokens.filter((t) => t.k === 'point').length;
  if (points === 0) return readInteger(tokens, { abbrev, multiplier: false });
  if (points > 1) refuse(); // 零点点
  const at = tokens.findIndex((t) => t.k === 'point');
  const whole = tokens.slice(0, at);
  if (whole.length === 0) refuse(); // 点五
  const integer = readInteger(whole, { abbrev: false, multiplier: false });
  let end = at + 1;
  let fraction = '';
  while (tokens[end]?.k === 'digit') {
    fraction += String((tokens[end] as { v: number }).v);
    end++;
  }
  if (fraction === '') refuse();
  const multiplier = readMultiplier(tokens.slice(end));
  return new Dec(`${integer.toFixed()}.${fraction}`).times(multiplier);
}

/** 元 [零] [d 角] [零] [d 分]: the fen part after the yuan, as a decimal of a yuan. */
function readJiaoFen(tokens: Token[]): Dec {
  let value = new Dec(0);
  let i = 0;
  let seen = false;
  if (isZero(tokens[0])) i++;
  for (const [unit, scale] of [['jiao', '0.1'], ['fen', '0.01']] as const) {
    const t = tokens[i];
    const u = tokens[i + 1];
    if (isDigit(t) && u?.k === unit) {
      value = value.plus(new Dec(t.v).times(scale));
      seen = true;
      i += 2;
      if (unit === 'jiao' && isZero(tokens[i]) && tokens[i + 2]?.k === 'fen') refuse(); // 伍角零贰分
    }
  }
  if (i !== tokens.length || (tokens.length > 0 && !seen)) refuse();
  return value;
}

/**
 * Reads a Chinese numeral, small or capital, Simplified or Traditional, with 元/角/分 and a final 整
 * (叁佰元伍角贰分 = 300.52, 壹万贰仟元整 = 12000, 十万零五百 = 100500, 一点五万 = 15000).
 * No ASCII digits (the caller refuses mixed forms) and no sign. `notNumeral`: a character it does not know.
 * @example readChineseNumeral('壹万贰仟元整') // => { ok: true, value: Dec('12000') }
 */
export function readChineseNumeral(text: string, opts: { money?: boolean } = {}): NumeralRead {
  try {
    let tokens = tokenize(text);
    if (tokens.length === 0) return { ok: false, code: 'notNumeral' };
    if (tokens.at(-1)?.k === 'zheng') tokens = tokens.slice(0, -1);
    if (tokens.some((t) => t.k === 'zheng')) refuse();
    const money = tokens.some((t) => t.k === 'yuan' || t.k === 'jiao' || t.k === 'fen');
    if (money && opts.money !== true) refuse('notNumeral');
    if (!money) return { ok: true, value: readNumber(tokens, true) };
    const yuanAt = tokens.findIndex((t) => t.k === 'yuan');
    if (tokens.filter((t) => t.k === 'yuan').length > 1) refuse();
    const before = yuanAt === -1 ? [] : tokens.slice(0, yuanAt);
    const after = yuanAt === -1 ? tokens : tokens.slice(yuanAt + 1);
    if (yuanAt !== -1 && before.length === 0) refuse();
    // 一万五元 is 一万五千元, but 三元五 (3.5 or 3.05?) is left to the reader.
    const yuan = before.length === 0 ? new Dec(0) : readNumber(before, true);
    return { ok: true, value: yuan.plus(readJiaoFen(after)) };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, code: e.code };
    throw e;
  }
}

/**
 * Small Chinese numerals to an ASCII decimal string, or undefined when not one: 五 → '5', 十二 → '12',
 * 三十六 → '36', 一百二十 → '120', 二点五 → '2.5', 壹拾贰 → '12'. ASCII decimals pass through.
 * Digit strings (一二) are refused: 12, or 1 and 2?
 * @example chineseToDecimal('三十六') // => '36'
 */
export function chineseToDecimal(text: string): string | undefined {
  if (/^\d+(\.\d+)?$/.test(text)) return text;
  if (text === '两' || text === '兩') return '2'; // 两年, 两期, 两分: 两 alone is 2 wherever a count stands
  const read = readChineseNumeral(text);
  return read.ok ? read.value.toFixed() : undefined;
}
