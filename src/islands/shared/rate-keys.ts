import { RATE_QUOTE_KEYS } from '../../lib/schedule/types';

/** The rate fields a loan form offers (年/月/日/月费率), also their link parameter names. */
export type RateKey = (typeof RATE_QUOTE_KEYS)[number];
export { RATE_QUOTE_KEYS as RATE_KEYS };

/** The rate field with text in it (the first, if a hand-made link has several); undefined when all are empty. */
export const rateKeyWithText = (values: Readonly<Record<RateKey, string>>): RateKey | undefined => RATE_QUOTE_KEYS.find((k) => values[k].trim() !== '');
