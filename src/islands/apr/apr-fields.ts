import { UNIT_PERIODS } from '../../lib/apr/types';
import { REPAYMENT_METHODS } from '../../lib/schedule/types';
import { CURRENCIES } from '../../i18n/currencies';

/**
 * The APR calculator's fields as text, without decimal.js or the engine, so the form hydrates first (the
 * engine half, apr-form.ts and AprResults.tsx, is fetched right after). Every key is also a link
 * parameter; the names are public (links in the wild depend on them): amount, received, upfrontFee, months,
 * method, annualPct | monthlyPct | dailyPct (+ dayBasis) | monthlyFeePct, periodicFee, contractDate,
 * lender, flows (YYYY-MM-DD:amount,…; its presence opens the flows mode), unitPeriod, currency.
 * The loan as an app shows it (the payment mode): amount, received, months (the number of periods),
 * termUnit (month | week | day: `day` is one repayment after `months` days), payment (每期还款) or
 * totalRepaid (还款总额), upfrontFee, firstFee (a fee paid with the first instalment). lpr: a one-year LPR
 * the reader typed from the announcement, for contract dates beyond our LPR data.
 */
export const APR_DEFAULTS = {
  amount: '',
  received: '',
  upfrontFee: '',
  months: '',
  termUnit: 'month',
  payment: '',
  totalRepaid: '',
  firstFee: '',
  method: 'equal-installment',
  annualPct: '',
  monthlyPct: '',
  dailyPct: '',
  dayBasis: '360',
  monthlyFeePct: '',
  periodicFee: '',
  contractDate: '',
  lender: 'licensed',
  lpr: '',
  flows: '',
  unitPeriod: '',
  currency: 'CNY',
} as const;
export type AprField = keyof typeof APR_DEFAULTS;
export type AprValues = Record<AprField, string>;

/** The options of the choice fields: a link's value outside them is refused on its field (shared/choices.ts). */
export const APR_CHOICES = {
  termUnit: ['month', 'week', 'day'],
  method: REPAYMENT_METHODS,
  dayBasis: ['360', '365'],
  lender: ['licensed', 'private'],
  unitPeriod: ['', ...UNIT_PERIODS],
  currency: CURRENCIES,
} as const satisfies Partial<Record<AprField, readonly string[]>>;

export { REPAYMENT_METHODS as METHODS } from '../../lib/schedule/types';
export { RATE_KEYS, type RateKey } from '../shared/rate-keys';
import { rateKeyWithText, type RateKey } from '../shared/rate-keys';

/** Which rate field the reader is using: the first one with text, else annual. */
export const rateKeyOf = (values: AprValues): RateKey => rateKeyWithText(values) ?? 'annualPct';

/** 按每期还款 (the loan as an app shows it) · 按贷款报价 (rate and method) · 按每笔钱的日期. */
export type AprMode = 'payment' | 'quote' | 'flows';
export const APR_MODES: readonly AprMode[] = ['payment', 'quote', 'flows'];

/** The mode a link's inputs belong to; undefined when they say nothing about it (the reader chooses). */
export function modeOf(values: AprValues): AprMode | undefined {
  if (values.flows.trim() !== '') return 'flows';
  if (values.payment.trim() !== '' || values.totalRepaid.trim() !== '') return 'payment';
  if (RATE_KEYS_LIST.some((k) => values[k].trim() !== '') || values.periodicFee.trim() !== '') return 'quote';
  return undefined;
}
const RATE_KEYS_LIST = ['annualPct', 'monthlyPct', 'dailyPct', 'monthlyFeePct'] as const;

/** Most dated flows one calculation takes: the engine's MAX_FLOWS (a unit test keeps the two equal; limits.ts needs decimal.js). */
export const MAX_FLOW_ROWS = 5300;

/** How many rows a `flows` value holds, without decoding it (a link may carry 100,000). */
export const countFlows = (text: string): number => (text.trim() === '' ? 0 : text.split(',').length);

export interface FlowRow {
  date: string;
  amount: string;
}

/**
 * flows=2025-03-01:5000,2025-03-31:-5075 — parts are URI-encoded, so a typed '3,000' survives the round trip.
 * Empty rows at the end are left out; an empty row between others stays, so its row number (and the
 * message about it) keeps matching what the reader sees.
 */
export function encodeFlows(rows: readonly FlowRow[]): string {
  const isEmpty = (r: FlowRow) => r.date.trim() === '' && r.amount.trim() === '';
  let end = rows.length;
  while (end > 0 && isEmpty(rows[end - 1] as FlowRow)) end--;
  return rows
    .slice(0, end)
    .map((r) => `${encodeURIComponent(r.date.trim())}:${encodeURIComponent(r.amount.trim())}`)
    .join(',');
}

export function decodeFlows(text: string): FlowRow[] {
  if (text.trim() === '') return [];
  return text.split(',').map((part) => {
    const [date = '', amount = ''] = part.split(':');
    return { date: safeDecode(date), amount: safeDecode(amount) };
  });
}
const safeDecode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * Rows pasted from a spreadsheet or typed as text: one flow per line, date then amount, separated by a
 * tab, semicolon, comma-plus-space or spaces ("2025-03-01\t5000", "2025/3/31, -5,075"). Cells are kept as
 * text; the engine's parsers judge them, so a bad cell gets a message next to it rather than a guess here.
 */
export function rowsFromPastedText(text: string): FlowRow[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const cells = line.split(/\t|;|，|,\s+|\s{2,}|\s(?=[-+−]?[\d０-９¥￥])/).map((c) => c.trim()).filter((c) => c !== '');
      return { date: cells[0] ?? '', amount: cells.slice(1).join('') };
    })
    .filter((row) => !/^(date|日期)/i.test(row.date)); // a header row
}

/** The unit-period values the flows mode offers (Reg Z), for the select. */
export { UNIT_PERIODS };
