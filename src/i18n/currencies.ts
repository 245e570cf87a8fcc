/**
 * Currencies a reader may pick; CNY is the default because the site is about loans in mainland China.
 * Its own module (no decimal.js), so a form can list them before the engine has loaded.
 */
export const CURRENCIES = ['CNY', 'HKD', 'TWD', 'USD', 'EUR', 'GBP'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** The reader's choice if we know it, else CNY (a hand-edited link may carry anything). */
export const currencyOr = (value: string): Currency => (CURRENCIES as readonly string[]).includes(value) ? (value as Currency) : 'CNY';
