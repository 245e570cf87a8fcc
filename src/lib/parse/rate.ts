import { failure, success, type CalcIssue, type Outcome } from '../errors';
import { Dec } from '../money/decimal';
import { chineseToDecimal } from './chinese-numerals';
import { MAX_INPUT_LENGTH, normalizeInput } from './normalize';

/** The period a rate is quoted for. `monthlyFee` is a flat fee on the original principal (月费率). */
export type RateKind = 'annual' | 'monthly' | 'daily' | 'monthlyFee' | 'unspecified';

/** A parsed rate: `percent` is in percent of the kind's period (日息0.05% → daily, 0.05). */
export interface ParsedRate {
  kind: RateKind;
  percent: Dec;
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
  ['年化利率', 'annual'], ['年利率', 'annual'], ['年化', 'annual'], ['年息', 'annual'], ['每年', 'annual'], ['apr', 'annual'], ['年', 'annual'],
  ['月利率', 'monthly'], ['月息', 'monthly'], ['每月', 'monthly'], ['月', 'monthly'],
  ['日利率', 'daily'], ['日息', 'daily'], ['每日', 'daily'], ['每天', 'daily'], ['日', 'daily'],
];
const SUFFIXES: [string, RateKind][] = [
  ['/年', 'annual'], ['每年', 'annual'], ['年化', 'annual'], ['apr', 'annual'],
  ['/月', 'monthly'], ['每月', 'monthly'],
  ['/日', 'daily'], ['/天', 'daily'], ['每日', 'daily'], ['每天', 'daily'],
];

const YEAR_FACTOR: Record<RateKind, number> = { annual: 1, monthly: 12, monthlyFee: 12, daily: 365, unspecified: 1 };

type Body = { ok: true; percent: Dec } | { ok: false; code: string };

/** The figure without its period words: '18', '18%', '1.5‰', '万分之五', '千分之三', '百分之十八', '万五'. */
function readBody(body: string, daily: boolean): Body {
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
    return daily ? { ok: true, percent: new Dec(n).div(100) } : { ok: false, code: 'rate.ambiguous' };
  }
  // 分/厘 mean different fractions for daily, monthly and yearly rates (月息1分 = 1 %, 年息1分 = 10 %).
  if (/[分厘]/.test(body)) return { ok: false, code: 'rate.ambiguous' };
  return { ok: false, code: 'rate.invalid' };
}

/**
 * Parses an interest or fee rate as people type it: '18', '18%', '0.05%', '1.5‰', '日息0.05%',
 * '日利率万五', '月费率0.6%', '月息1%', '年化18%', 'APR 18%', '0.05%/天', full-width '１８％'.
 * A bare number is a percent of the field's period (`opts.kind`, else 'unspecified'). '万五' alone is
 * `rate.ambiguous` unless the text or the field says daily. No rounding.
 * Issues: rate.required · rate.invalid · rate.ambiguous (also: two different periods stated) · rate.kindMismatch {expected, found} ·
 * rate.negative · rate.tooHigh {max (in the kind's own period, 2 decimals, rounded down), maxAnnualPct}.
 * @example parseRate('日利率万五') // => { ok: true, value: { kind: 'daily', percent: Dec('0.05') } }
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

  const body = readBody(s, kind === 'daily');
  if (!body.ok) return issue(body.code);
  if (body.percent.isNegative() && !body.percent.isZero()) return issue('rate.negative');
  const percent = body.percent.isZero() ? new Dec(0) : body.percent;
  if (percent.times(YEAR_FACTOR[kind]).gt(MAX_RATE_ANNUAL_PCT)) {
    const max = MAX_RATE_ANNUAL_PCT.div(YEAR_FACTOR[kind]).toDecimalPlaces(2, Dec.ROUND_DOWN);
    return issue('rate.tooHigh', { max: max.toFixed(), maxAnnualPct: MAX_RATE_ANNUAL_PCT.toFixed() });
  }
  return success({ kind, percent });
}
