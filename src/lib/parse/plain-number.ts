import { Dec } from '../money/decimal';

/** A plain number, or why it is not one: `ambiguous` (a separator could mean two things) or `invalid`. */
export type PlainNumber = { ok: true; value: Dec; decimals: number } | { ok: false; code: 'ambiguous' | 'invalid' };

const GROUPED = /^\d{1,3}(,\d{3})+$/;

/**
 * Reads ASCII digits with an optional decimal point and optional comma thousands groups (groups of
 * exactly 3). Forms a European or a 4-digit grouping could explain — '1.234,56', '12,34', '1,2345',
 * '1.234.567' — are `ambiguous`, never guessed. No sign, no spaces, no exponent.
 * @example readPlainNumber('1,234.5') // => { ok: true, value: 1234.5, decimals: 1 }
 */
export function readPlainNumber(text: string): PlainNumber {
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return { ok: false, code: 'invalid' };
  const dots = text.split('.').length - 1;
  const hasComma = text.includes(',');
  if (dots > 1) return { ok: false, code: /^\d{1,3}(\.\d{3})+$/.test(text) ? 'ambiguous' : 'invalid' };
  let integer = text;
  let fraction = '';
  if (dots === 1) {
    const at = text.indexOf('.');
    integer = text.slice(0, at);
    fraction = text.slice(at + 1);
    if (fraction.includes(',')) return { ok: false, code: 'ambiguous' };
  }
  if (hasComma && !GROUPED.test(integer)) {
    return { ok: false, code: /^\d+(,\d+)+$/.test(integer) ? 'ambiguous' : 'invalid' };
  }
  const digits = integer.replace(/,/g, '');
  const value = new Dec(`${digits === '' ? '0' : digits}.${fraction === '' ? '0' : fraction}`);
  return { ok: true, value, decimals: fraction.length };
}
