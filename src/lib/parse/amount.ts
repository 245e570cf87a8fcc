import { failure, success, type CalcIssue, type Outcome } from '../errors';
import { Dec } from '../money/decimal';
import { CHINESE_NUMERAL_SIGNAL, readChineseNumeral } from './chinese-numerals';
import { MAX_INPUT_LENGTH, normalizeInput } from './normalize';
import { readPlainNumber } from './plain-number';

export interface ParseAmountOptions {
  /** Allow a minus sign (e.g. an adjustment field). Default false → `amount.negative`. */
  allowNegative?: boolean;
  /** Most decimals accepted in the resulting value. Default 2 (the fen). */
  maxDecimals?: number;
  /** Largest absolute value. Default 10^12 yuan. */
  max?: Dec;
  /** Put on every issue so the UI can show it next to the field. */
  field?: string;
}

export const MAX_AMOUNT = new Dec('1e12');

/** Chinese magnitude suffixes we accept, alone or stacked the way people write them (千万 = 10^7). */
const CHINESE_UNITS: Record<string, string> = {
  百: '1e2', 千: '1e3', 万: '1e4', 亿: '1e8', 百万: '1e6', 千万: '1e7', 百亿: '1e10', 千亿: '1e11', 万亿: '1e12',
};
/** Latin shorthands that mean one thing in Chinese and English use: 1k = 1,000; 1w = 1万. */
const LATIN_UNITS: Record<string, string> = { k: '1e3', w: '1e4' };
/** 'm' (million? thousand in MM usage? 毛?) and 'b' are left to the user to spell out. */
const AMBIGUOUS_LATIN = /^[mb]$/;

const CURRENCY_PREFIX = /^(?:¥|rmb|cny|人民币)\s*/i;
// 整 ('exactly') closes amounts on receipts and contracts: 10000元整.
const CURRENCY_SUFFIX = /\s*(?:元整?|rmb|cny|人民币)$/i;
const GROUP = /(\d[\d.,]*|\.\d[\d.,]*)\s*([百千万亿]*)\s*/y;

type Read = { ok: true; value: Dec } | { ok: false; code: string };

/** '1万5千', '1.5万', '5千万', '3,000': a sum of number×unit groups, each smaller than the one before. */
function readChinese(body: string): Read {
  const groups: { value: Dec; decimals: number; unit: Dec | undefined }[] = [];
  GROUP.lastIndex = 0;
  while (GROUP.lastIndex < body.length) {
    const start = GROUP.lastIndex;
    const m = GROUP.exec(body);
    if (m === null || m.index !== start) return { ok: false, code: 'amount.invalid' };
    const n = readPlainNumber(m[1] ?? '');
    if (!n.ok) return { ok: false, code: `amount.${n.code}` };
    const unitText = m[2] ?? '';
    const unit = CHINESE_UNITS[unitText];
    if (unitText !== '' && unit === undefined) return { ok: false, code: 'amount.invalid' };
    groups.push({ value: n.value, decimals: n.decimals, unit: unit === undefined ? undefined : new Dec(unit) });
  }
  if (groups.length === 0) return { ok: false, code: 'amount.invalid' };
  const [first] = groups;
  if (groups.length === 1 && first !== undefined) {
    return { ok: true, value: first.unit === undefined ? first.value : first.value.times(first.unit) };
  }
  let total = new Dec(0);
  let previousUnit: Dec | undefined;
  for (const g of groups) {
    // '1万5' means 15000 to some and 10005 to others.
    if (g.unit === undefined) return { ok: false, code: 'amount.ambiguous' };
    if (g.decimals > 0) return { ok: false, code: 'amount.invalid' };
    if (previousUnit !== undefined && (g.unit.gte(previousUnit) || g.value.times(g.unit).gte(previousUnit))) {
      return { ok: false, code: 'amount.invalid' };
    }
    total = total.plus(g.value.times(g.unit));
    previousUnit = g.unit;
  }
  return { ok: true, value: total };
}

function readBody(body: string): Read {
  // 一万五千, 壹万贰仟, 叁佰元伍角贰分: the Chinese numeral grammar; 1万五千 mixes two ways of writing.
  if (CHINESE_NUMERAL_SIGNAL.test(body) || /^[百千万亿]+$/.test(body)) {
    if (/\d/.test(body)) return { ok: false, code: 'amount.numeralMixed' };
    const read = readChineseNumeral(body, { money: true });
    if (read.ok) return read;
    return { ok: false, code: read.code === 'notNumeral' ? 'amount.invalid' : `amount.${read.code}` };
  }
  const latin = /^(.*?)\s*([a-z])$/i.exec(body);
  if (latin !== null) {
    const letter = (latin[2] ?? '').toLowerCase();
    if (AMBIGUOUS_LATIN.test(letter)) return { ok: false, code: 'amount.ambiguous' };
    const unit = LATIN_UNITS[letter];
    if (unit === undefined) return { ok: false, code: 'amount.invalid' };
    const n = readPlainNumber(latin[1] ?? '');
    return n.ok ? { ok: true, value: n.value.times(unit) } : { ok: false, code: `amount.${n.code}` };
  }
  return readChinese(body);
}

/**
 * Parses a money amount in yuan as people type it: '10000', '10,000', '1万', '1.5万', '5千', '2百',
 * '1亿', '5千万', '1万5千', '1w', '1k', full-width '１，０００', with '¥'/'￥'/'RMB'/'元' around it;
 * Chinese numerals as contracts and people write them ('一万五千', '两万', '十万零五百', '一万五',
 * '壹万贰仟元整', '叁佰元伍角贰分', '壹萬貳仟圓整'; grammar in chinese-numerals.ts).
 * Never guesses: '1.234,56', '12,34', '1,2345', '1万5', '1m' → `amount.ambiguous`.
 * Issues: amount.required · amount.invalid · amount.ambiguous · amount.negative ·
 * amount.tooLarge {max} · amount.tooPrecise {maxDecimals} · amount.numeralDigits ('一一') ·
 * amount.numeralMalformed ('五千三万', '万万', '零点点') · amount.numeralMixed ('1万五千'). No rounding is applied.
 * @example parseAmount('１.５万元') // => { ok: true, value: Dec('15000') }
 */
export function parseAmount(text: string, opts: ParseAmountOptions = {}): Outcome<Dec> {
  const issue = (code: string, params?: Record<string, string>): Outcome<Dec> => {
    const i: CalcIssue = { code };
    if (opts.field !== undefined) i.field = opts.field;
    if (params !== undefined) i.params = params;
    return failure(i);
  };
  if (text.length > 4 * MAX_INPUT_LENGTH) return issue('amount.invalid');
  let s = normalizeInput(text);
  if (s === '') return issue('amount.required');
  if (s.length > MAX_INPUT_LENGTH) return issue('amount.invalid');

  let sign = '';
  const takeSign = (): void => {
    const m = /^([+-])\s*/.exec(s);
    if (m !== null && sign === '') {
      sign = m[1] ?? '';
      s = s.slice(m[0].length);
    }
  };
  takeSign();
  s = s.replace(CURRENCY_PREFIX, '');
  takeSign();
  s = s.replace(CURRENCY_SUFFIX, '');
  if (s === '') return issue('amount.invalid');

  const read = readBody(s);
  if (!read.ok) return issue(read.code);
  const value = read.value.isZero() ? new Dec(0) : sign === '-' ? read.value.neg() : read.value;

  const maxDecimals = opts.maxDecimals ?? 2;
  const max = opts.max ?? MAX_AMOUNT;
  if (value.isNegative() && opts.allowNegative !== true) return issue('amount.negative');
  if (value.abs().gt(max)) return issue('amount.tooLarge', { max: max.toFixed() });
  if (value.decimalPlaces() > maxDecimals) return issue('amount.tooPrecise', { maxDecimals: String(maxDecimals) });
  return success(value);
}
