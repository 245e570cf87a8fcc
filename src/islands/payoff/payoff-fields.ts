/**
 * The payoff form's fields as text: URL parameters ⇄ debt rows. No decimal.js and no engine, so the form
 * hydrates without them (the engine half, payoff-form.ts and PayoffResults.tsx, is fetched right after).
 *
 * URL parameters (stable, from the issue):
 * - `debts`    rows `name:balance:aprPct:minPayment` joined by `;`. Each cell holds what the reader typed
 *              (so `1万` and `日息0.05%` survive a shared link), with `%`, `:` and `;` percent-encoded inside
 *              a cell (`%25`, `%3A`, `%3B`) so names may contain them. A bare rate (`18`) is an annual %.
 * - `budget`   monthly budget for all debts together (optional when `strategy=minimums`).
 * - `strategy` `avalanche` | `snowball` | `custom` | `minimums`. `custom` pays the debts in list order.
 * Added here:
 * - `start`    first month of the plan, `YYYY-MM`; empty → months are counted 1, 2, …
 * - `dayBasis` `360` | `365`: days a year for rates quoted per day (日息); default 360.
 * - `currency` display currency (CURRENCIES in src/i18n/currencies.ts), default CNY.
 */
import type { PayoffStrategy } from '../../lib/payoff';
import { CURRENCIES } from '../../i18n/currencies';

/** Most debts one plan takes: the engine's MAX_DEBTS (a unit test keeps the two equal). */
export const MAX_DEBTS = 50;

export type PayoffFormKey = 'debts' | 'budget' | 'strategy' | 'start' | 'dayBasis' | 'currency';

export const PAYOFF_DEFAULTS: Readonly<Record<PayoffFormKey, string>> = {
  debts: '',
  budget: '',
  strategy: 'avalanche',
  start: '',
  dayBasis: '360',
  currency: 'CNY',
};

export const STRATEGIES: readonly PayoffStrategy[] = ['avalanche', 'snowball', 'custom', 'minimums'];

/** The options of the choice fields: a link's value outside them is refused on its field (shared/choices.ts). */
export const PAYOFF_CHOICES = {
  strategy: STRATEGIES,
  dayBasis: ['360', '365'],
  currency: CURRENCIES,
} as const satisfies Partial<Record<PayoffFormKey, readonly string[]>>;

/** One row of the debt list, as typed. */
export interface DebtRow {
  name: string;
  balance: string;
  rate: string;
  minPayment: string;
}

/** One input of a debt row (the cells travel inside the `debts` parameter, so the inputs have no `name`). */
export type DebtCell = keyof DebtRow;

export const BLANK_ROW: Readonly<DebtRow> = {
  name: '',
  balance: '',
  rate: '',
  minPayment: '',
};

const encodeCell = (text: string): string =>
  text.replace(/[%:;]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
// Only the three escapes we write are read back; any other '%' (a hand-written link) stays as typed.
const decodeCell = (text: string): string => text.replace(/%(25|3A|3B)/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** Rows → the `debts` parameter. @example encodeDebts([{ name: 'a:b', balance: '1万', rate: '18', minPayment: '300' }]) // => 'a%3Ab:1万:18:300' */
export function encodeDebts(rows: readonly DebtRow[]): string {
  return rows.map((r) => [r.name, r.balance, r.rate, r.minPayment].map(encodeCell).join(':')).join(';');
}

/** How many rows a `debts` value holds, without decoding it. */
export const countDebts = (text: string): number => (text === '' ? 0 : text.split(';').length);

/** The `debts` parameter → rows (at most MAX_DEBTS: the form reports more with countDebts; missing cells are empty). '' → no rows. */
export function decodeDebts(text: string): DebtRow[] {
  if (text === '') return [];
  return text
    .split(';')
    .slice(0, MAX_DEBTS)
    .map((row) => {
      const [name = '', balance = '', rate = '', minPayment = ''] = row.split(':').map(decodeCell);
      return { name, balance, rate, minPayment };
    });
}

export const isBlankRow = (r: DebtRow): boolean => [r.name, r.balance, r.rate, r.minPayment].every((c) => c.trim() === '');

export const isStrategy = (text: string): text is PayoffStrategy => (STRATEGIES as readonly string[]).includes(text);
