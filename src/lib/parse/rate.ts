import { failure, success, type CalcIssue, type Outcome } from '../errors';
import { Dec } from '../money/decimal';
import { chineseToDecimal } from './chinese-numerals';
import { MAX_INPUT_LENGTH, normalizeInput } from './normalize';

/** The period a rate is quoted for. `monthlyFee` is a flat fee on the original principal (月费率). */
export type RateKind = 'annual' | 'monthly' | 'daily' | 'monthlyFee' | 'unspecified';

/**
 * A reading that rests on a convention rather than on digits and a % sign, so the UI can restate it
 * ("月息2分 = 每月 2%") and the reader can check it:
 * - `fenLi`: 分/厘 with a stated period (月息2分, 年息1分, 日息1厘), see `FEN_LI_PERCENT`;
 * - `wanShort`: 万五 for 万分之五 (0.05 %), read only for daily rates.
 */
export type RateConvention = 'fenLi' | 'wanShort';

export interface RateUnderstood {
  convention: RateConvention;
  /** The words the convention was applied to, as typed (trimmed), e.g. '月息2分'. */
  source: string;
}

/** A parsed rate: `percent` is in percent of the kind's period (日息0.05% → daily, 0.05). */
export interface ParsedRate {
  kind: RateKind;
  percent: Dec;
  /** Present when a convention, not a % sign, gave the figure (月息2分 → monthly 2, fenLi). */
  understood?: RateUnderstood;
}

export interface ParseRateOptions {
  /** What the field asks for. Text without a period takes this kind; a conflicting period is an issue. */
  kind?: Exclude<RateKind, 'unspecified'>;
  field?: string;
}

/** Highest rate accepted, as percent a year (monthly ×12, daily ×365). */
export const MAX_RATE_ANNUAL_PCT = new Dec(10000);

// Longest first, so 月费率 wins over 月.
const PREFIXES: [string, RateKind][] = [
  ['月手续费率', 'monthlyFee'], ['月服务费率', 'monthlyFee'], ['月费率', 'monthlyFee'],
  ['月手续费', 'monthlyFee'], ['月服务费', 'monthlyFee'], ['月费', 'monthlyFee'],
  ['年化利率', 'annual'], ['年利率', 'annual'], ['年化', 'annual'], ['年息', 'annual'], ['年利', 'annual'], ['每年', 'annual'], ['apr', 'annual'], ['年', 'annual'],
  ['月利率', 'monthly'], ['月息', 'monthly'], ['月利', 'monthly'], ['每月', 'monthly'], ['月', 'monthly'],
  ['日利率', 'daily'], ['日息', 'daily'], ['日利', 'daily'], ['每日', 'daily'], ['每天', 'daily'], ['日', 'daily'],
];
const SUFFIXES: [string, RateKind][] = [
  ['/年', 'annual'], ['每年', 'annual'], ['年化', 'annual'], ['apr', 'annual'],
  ['/月', 'monthly'], ['每月', 'monthly'],
  ['/日', 'daily'], ['/天', 'daily'], ['每日', 'daily'], ['每天', 'daily'],
];

const YEAR_FACTOR: Record<RateKind, number> = { annual: 1, monthly: 12, monthlyFee: 12, daily: 365, unspecified: 1 };

/**
 * The folk 分/厘 convention of 民间借贷, in percent of the stated period per 1 分 (1 厘 = 0.1 分):
 * 月息1分 = 1 % a month, 年息1分 = 10 % a year, 日息1分 = 0.1 % a day; so 月息2分 = 2 % a month,
 * 年息1分 = 10 % a year, 日息1厘 = 0.01 % a day, 年息5厘 = 5 % a year, 月息5厘 = 0.5 % a month.
 * 分 and 厘 are tenths and hundredths of the principal per period for 年息, hundredths and thousandths
 * for 月息, thousandths and ten-thousandths for 日息 (拆息).
 * Sources (checked 2026-12-01): ovod.cn/dongshi/rh/2qL3yYYJD5 and qwjyg.com/jrcj/klqnw4.html ("年利1厘即年利率为1%…
 * 月利1厘即…0.1%…日利(拆息)1厘即…0.01%…分是厘的10倍"); m.tftnews.com/news5763269 (日息三厘 = 0.3‰ a day,
 * 月息三厘 = 3‰ a month, 年息三厘 = 3 % a year); a court report, dyzxw.org/html/article/201509/25/207044.shtml
 * (靖安县人民法院, 2015: interest at "月利率3分" on 400,000 paid as 36,000 for three months = 3 % a month).
 * No SPC text defines the words; its 民间借贷 provisions use percent. Without a stated period (2分, 一分利)
 * the words stay `rate.ambiguous`: a field's kind does not settle them, since "2分" typed into an annual
 * field is most likely 月息2分, not 20 % a year.
 */
export const FEN_LI_PERCENT: Readonly<Record<'annual' | 'monthly' | 'daily', string>> = { annual: '10', monthly: '1', daily: '0.1' };

type Body = { ok: true; percent: Dec; convention?: RateConvention } | { ok: false; code: string };

// 2分, 1.5分, 一分五, 一分五厘, 1分5厘, 3厘, 两分利, 二分息.
const FEN_LI = /^([\d.]+|[零〇一二两三四五六七八九十点壹贰叁肆伍陆柒捌玖拾]+)\s*(分|厘)(?:([\d]|[一二三四五六七八九壹贰叁肆伍陆柒捌玖])(厘)?)?\s*(?:利息|利|息)?$/;

/** The figure without its period words: '18', '18%', '1.5‰', '万分之五', '千分之三', '百分之十八', '万五', '2分'. */
function readBody(body: string, kind: RateKind, stated: boolean): Body {
  const plain = /^([+-]?)\s*(\d+(?:\.\d*)?|\.\d+)\s*(%|‰)?$/.exec(body);
  if (plain !== null) {
    const value = new Dec(plain[2] ?? '0');
    const percent = plain[3] === '‰' ? value.div(10) : value;
    return { ok: true, percent: plain[1] === '-' ? percent.neg() : percent };
  }
  const fraction = /^(百|千|万)分之(.+)$/.exec(body);
  if (fraction !== null) {
    const n = chineseToDecimal(fraction[2] ?? '');
    if (n === undefined) return { ok: false, code: 'rate.invalid' };
    const divisor = fraction[1] === '百' ? 1 : fraction[1] === '千' ? 10 : 100;
    return { ok: true, percent: new Dec(n).div(divisor) };
  }
  // 万五 = 万分之五, but on its own it also reads as 一万五 (15,000): only a daily context settles it.
  const short = /^万(.+)$/.exec(body);
  if (short !== null) {
    const n = chineseToDecimal(short[1] ?? '');
    if (n === undefined) return { ok: false, code: 'rate.invalid' };
    return kind === 'daily' ? { ok: true, percent: new Dec(n).div(100), convention: 'wanShort' } : { ok: false, code: 'rate.ambiguous' };
  }
  const fenLi = FEN_LI.exec(body);
  if (fenLi !== null) {
    // 分/厘 mean different fractions for daily, monthly and yearly rates: the text must say which.
    if (!stated || (kind !== 'annual' && kind !== 'monthly' && kind !== 'daily')) return { ok: false, code: 'rate.ambiguous' };
    const count = chineseToDecimal(fenLi[1] ?? '');
    if (count === undefined) return { ok: false, code: 'rate.invalid' };
    let fen = new Dec(count).times(fenLi[2] === '厘' ? '0.1' : '1');
    if (fenLi[3] !== undefined) {
      // 一分五(厘): the second digit is 厘; after 厘 nothing smaller is read (毫 is left out).
      if (fenLi[2] === '厘') return { ok: false, code: 'rate.invalid' };
      if (!/^\d+$/.test(count)) return { ok: false, code: 'rate.invalid' };
      fen = fen.plus(new Dec(chineseToDecimal(fenLi[3]) ?? '0').times('0.1'));
    } else if (fenLi[4] !== undefined) {
      return { ok: false, code: 'rate.invalid' };
    }
    return { ok: true, percent: fen.times(FEN_LI_PERCENT[kind]), convention: 'fenLi' };
  }
  if (/[分厘]/.test(body)) return { ok: false, code: stated ? 'rate.invalid' : 'rate.ambiguous' };
  return { ok: false, code: 'rate.invalid' };
}

/**
 * Parses an interest or fee rate as people type it: '18', '18%', '0.05%', '1.5‰', '日息0.05%',
 * '日利率万五', '月费率0.6%', '月息1%', '年化18%', 'APR 18%', '0.05%/天', full-width '１８％';
 * 分/厘 with a period stated in the text, by the folk convention (`FEN_LI_PERCENT`): '月息2分' (2 % a
 * month), '年息1分' (10 % a year), '日息1厘' (0.01 % a day), '月息一分五' (1.5 % a month), '年利5厘'.
 * A bare number is a percent of the field's period (`opts.kind`, else 'unspecified'). '万五' alone is
 * `rate.ambiguous` unless the text or the field says daily; '2分' alone always is. Readings that rest on
 * a convention carry `understood` ({ convention, source }) so the UI can restate them. No rounding.
 * Issues: rate.required · rate.invalid · rate.ambiguous (also: two different periods stated) · rate.kindMismatch {expected, found} ·
 * rate.negative · rate.tooHigh {max (in the kind's own period, 2 decimals, rounded down), maxAnnualPct}.
 * @example parseRate('日利率万五') // => { ok: true, value: { kind: 'daily', percent: Dec('0.05'), understood: { convention: 'wanShort', source: '日利率万五' } } }
 * @example parseRate('月息2分') // => { ok: true, value: { kind: 'monthly', percent: Dec('2'), understood: { convention: 'fenLi', source: '月息2分' } } }
 */
export function parseRate(text: string, opts: ParseRateOptions = {}): Outcome<ParsedRate> {
  const issue = (code: string, params?: Record<string, string>): Outcome<ParsedRate> => {
    const i: CalcIssue = { code };
    if (opts.field !== undefined) i.field = opts.field;
    if (params !== undefined) i.params = params;
    return failure(i);
  };
  if (text.length > 4 * MAX_INPUT_LENGTH) return issue('rate.invalid');
  let s = normalizeInput(text).toLowerCase();
  if (s === '') return issue('rate.required');
  if (s.length > MAX_INPUT_LENGTH) return issue('rate.invalid');

  const found = new Set<RateKind>();
  const prefix = PREFIXES.find(([word]) => s.startsWith(word));
  if (prefix !== undefined) {
    found.add(prefix[1]);
    s = s.slice(prefix[0].length).replace(/^[\s:：]+/, '');
  }
  const suffix = SUFFIXES.find(([word]) => s.endsWith(word));
  if (suffix !== undefined) {
    found.add(suffix[1]);
    s = s.slice(0, s.length - suffix[0].length).trim();
  }
  // '月费率0.6%/年' states two periods.
  if (found.size > 1) return issue('rate.ambiguous');
  const [stated] = found;
  if (stated !== undefined && opts.kind !== undefined && stated !== opts.kind) {
    return issue('rate.kindMismatch', { expected: opts.kind, found: stated });
  }
  const kind: RateKind = stated ?? opts.kind ?? 'unspecified';
  if (s === '') return issue('rate.invalid');

  // 年化 and APR are the modern words for a computed yearly cost: the folk 分/厘 do not go with them.
  const folkPeriod = stated !== undefined && !/^(年化|apr)/.test(prefix?.[0] ?? '') && !/(年化|apr)$/.test(suffix?.[0] ?? '');
  const body = readBody(s, kind, folkPeriod);
  if (!body.ok) return issue(body.code);
  if (body.percent.isNegative() && !body.percent.isZero()) return issue('rate.negative');
  const percent = body.percent.isZero() ? new Dec(0) : body.percent;
  if (percent.times(YEAR_FACTOR[kind]).gt(MAX_RATE_ANNUAL_PCT)) {
    const max = MAX_RATE_ANNUAL_PCT.div(YEAR_FACTOR[kind]).toDecimalPlaces(2, Dec.ROUND_DOWN);
    return issue('rate.tooHigh', { max: max.toFixed(), maxAnnualPct: MAX_RATE_ANNUAL_PCT.toFixed() });
  }
  const parsed: ParsedRate = { kind, percent };
  if (body.convention !== undefined) parsed.understood = { convention: body.convention, source: text.trim() };
  return success(parsed);
}
