import type { Dec } from '../lib/money/decimal';
import { toDisplayPct, toFen } from '../lib/money/rounding';
import { INTL_LOCALE, type Locale } from './locales';
import type { Currency } from './currencies';

/**
 * Display formatting only: the figure is first rounded by the engine's written rule (fen, half up),
 * then Intl formats the exact decimal string (Intl.NumberFormat accepts numeric strings without
 * converting them to floats), so grouping and currency signs follow the reader's locale.
 */
const cache = new Map<string, Intl.NumberFormat>();
function formatter(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let nf = cache.get(key);
  if (!nf) cache.set(key, (nf = new Intl.NumberFormat(INTL_LOCALE[locale], options)));
  return nf;
}
type NumericString = `${number}`;
const exact = (value: string) => value as NumericString;

/**
 * ¥1,234.57 / CN¥1,234.57 / NT$… — money rounded to the fen. @example formatMoney(new Dec('8884.875'), 'zh-hans') // => '¥8,884.88'
 * `currency` is one of ours (CURRENCIES): Intl throws on an unknown code, so text from a link never reaches here.
 */
export const formatMoney = (value: Dec, locale: Locale, currency: Currency = 'CNY'): string =>
  formatter(locale, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(exact(toFen(value).toFixed(2)));

/** A figure already in percent (13.0348 → '13.03%'), rounded half up to two decimals. */
export const formatPercent = (pct: Dec, locale: Locale): string =>
  `${formatter(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(exact(toDisplayPct(pct).toFixed(2)))}%`;

/** Whole counts (months, periods): grouped, no decimals. */
export const formatCount = (value: number, locale: Locale): string => formatter(locale, { maximumFractionDigits: 0 }).format(value);

/** A plain decimal parameter from an engine issue ('1000000000000') formatted for reading ('1,000,000,000,000'). */
export const formatParam = (value: string, locale: Locale): string =>
  /^-?\d+(\.\d+)?$/.test(value) ? formatter(locale, { maximumFractionDigits: 2 }).format(exact(value)) : value;

export { CURRENCIES, type Currency } from './currencies';
