import type { RepaymentMethod } from '../../lib/schedule/types';
import type { PrepaymentMode } from '../../lib/schedule/prepayment';
import { CURRENCIES } from '../../i18n/currencies';

/**
 * The repayment-schedule calculator's form: raw text in (every key is also the URL query parameter),
 * engine calls out (schedule-form.ts). This file holds the field names and helpers without the engine, so the
 * form can hydrate before decimal.js and the engine arrive.
 *
 * URL parameters (stable; links in the wild depend on them):
 * - amount, months, method (equal-installment | equal-principal | interest-only | flat-fee | bullet)
 * - one of annualPct | monthlyPct | dailyPct (+ dayBasis 360|365) | monthlyFeePct (flat-fee only)
 * - periodicFee (yuan a month, optional), startMonth (YYYY-MM of the first payment, optional)
 * - early repayment (off while prepayMonth is empty): prepayMonth (period k), prepay (full | part),
 *   prepayAmount (yuan, when part), prepayMode (shorter-term | lower-payment), prepayFeePct (% of the amount)
 * - compare: a second method shown beside the first ('' = none)
 * - currency (display only)
 * The 年/月/日/月费率 radios are named `rateKind` but are not a parameter: the rate field that has text says
 * which kind a link means.
 */
export const SCHEDULE_DEFAULTS = {
  amount: '',
  months: '',
  method: 'equal-installment',
  annualPct: '',
  monthlyPct: '',
  dailyPct: '',
  dayBasis: '360',
  monthlyFeePct: '',
  periodicFee: '',
  startMonth: '',
  prepayMonth: '',
  prepay: 'full',
  prepayAmount: '',
  prepayMode: 'shorter-term',
  prepayFeePct: '',
  compare: 'equal-principal',
  currency: 'CNY',
} as const;
export type ScheduleField = keyof typeof SCHEDULE_DEFAULTS;
export type ScheduleValues = Record<ScheduleField, string>;

export { REPAYMENT_METHODS as METHODS } from '../../lib/schedule/types';
import { REPAYMENT_METHODS as METHODS } from '../../lib/schedule/types';
export { RATE_KEYS, type RateKey } from '../shared/rate-keys';
import { rateKeyWithText, type RateKey } from '../shared/rate-keys';
export const PREPAY_MODES: readonly PrepaymentMode[] = ['shorter-term', 'lower-payment'];

/** The options of the choice fields: a link's value outside them is refused on its field (shared/choices.ts). */
export const SCHEDULE_CHOICES = {
  method: METHODS,
  dayBasis: ['360', '365'],
  prepay: ['full', 'part'],
  prepayMode: PREPAY_MODES,
  compare: ['', ...METHODS],
  currency: CURRENCIES,
} as const satisfies Partial<Record<ScheduleField, readonly string[]>>;

/** The rate field with text in it; undefined when all are empty. */
export const rateKeyIn = (values: ScheduleValues): RateKey | undefined => rateKeyWithText(values);

/** The method named in the form; an unknown value (a mangled link) reads as the default. */
export const methodOf = (value: string): RepaymentMethod => METHODS.find((m) => m === value) ?? 'equal-installment';

/** Moves the typed rate to the field of another kind (the reader switched 年/月/日/月费率). */
export function switchRateKey(values: ScheduleValues, from: RateKey, to: RateKey): Partial<ScheduleValues> {
  if (from === to) return {};
  return { [from]: '', [to]: values[from] };
}
