import { EngineError, failure, success, type Outcome } from '../errors';
import { dayInfo, isRestDay, type DayInfo } from './calendar';
import { fromDayNumber, isLeapYear, toDayNumber } from './civil-date';

/**
 * An ESTIMATE of when the general limitation period (诉讼时效) for a debt runs out, from one dated event. Civil Code
 * (2020), 总则编, read in RanKKI/LawRefBook 法律法条/民法典/总则.md:
 * - Art. 188: 向人民法院请求保护民事权利的诉讼时效期间为三年 … 自权利人知道或者应当知道权利受到损害以及义务人之日起计算;
 *   20 years from the harm at the outside.
 * - Art. 189: 当事人约定同一债务分期履行的，诉讼时效期间自最后一期履行期限届满之日起计算 (instalments: from the last
 *   instalment's due date).
 * - Art. 195: 诉讼时效中断，从中断、有关程序终结时起，诉讼时效期间重新计算 — (1) the creditor asks for performance,
 *   (2) the debtor agrees to perform, (3) a suit or arbitration, (4) the like. So a demand received, or a payment made
 *   (read as agreeing to perform — the SPC's rules on limitation say partial performance counts; not checked here),
 *   starts three new years.
 * - Art. 194: suspension in the last six months (force majeure, the creditor controlled by the debtor…): the period
 *   then ends six months after the obstacle ends. Not computed: the words say so.
 * - Art. 192: after the period, the debtor may refuse to pay; a debtor who then AGREES to pay cannot rely on it, and
 *   what was paid voluntarily is not returned.
 * - Art. 201: 开始的当日不计入; Art. 202: 到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日
 *   (2024-02-29 + 3 years → 2027-02-28); Art. 203: a last day that is a 法定休假日 moves to 法定休假日结束的次日.
 *
 * What is uncertain, and why this is an estimate: the start is when the creditor knew or should have known (a court
 * may count from the day after a due date); a demand the creditor can prove may exist that the reader forgot;
 * accelerating a loan (宣布提前到期) may move the start; suspension and other laws' special periods are not computed;
 * and 法定休假日 is read as for court deadlines (weekends and the State Council's days off; deadline.ts). Only a court
 * decides, and a court does not apply limitation unless the debtor raises it (Art. 193).
 */

export const LIMITATION_EVENTS = ['due', 'paid', 'demand'] as const;
/** due: the (last instalment's) due date passed unpaid · paid: the reader last paid · demand: the creditor last asked for payment. */
export type LimitationEvent = (typeof LIMITATION_EVENTS)[number];
export const isLimitationEvent = (v: string): v is LimitationEvent => (LIMITATION_EVENTS as readonly string[]).includes(v);

/** Civil Code general limitation period, Art. 188. */
export const LIMITATION_YEARS = 3;
/** Within this many days of the last day either way, the estimate is too close to rely on. */
export const CLOSE_DAYS = 30;

export interface LimitationInput {
  event: string;
  /** The event's day, 'YYYY-MM-DD'. */
  on: string;
  /** The reader's today, 'YYYY-MM-DD' (from the device; passed in so the engine stays pure). */
  today: string;
}

export interface LimitationEstimate {
  event: LimitationEvent;
  on: string;
  today: string;
  years: number;
  /** The corresponding day three years on (Art. 202), the month's last day when there is none. */
  nominalLastDay: string;
  /** nominalLastDay, or the day after the rest days it falls on (Art. 203) when the holiday data covers them. */
  lastDay: string;
  movedPast: DayInfo[];
  /** False when the holiday data does not reach lastDay's year: it may move a few days later. */
  holidaysKnown: boolean;
  /** running: before lastDay · close: within CLOSE_DAYS of it, either side · expired: later than that. */
  status: 'running' | 'close' | 'expired';
  /** lastDay − today in days (negative once it has passed). */
  daysLeft: number;
  /** Civil Code articles the estimate rests on. */
  articles: readonly string[];
}

/** The corresponding day `years` later (Civil Code Art. 202): 2024-02-29 + 3 → 2027-02-28. */
export function addYears(date: string, years: number): string {
  if (toDayNumber(date) === undefined) throw new EngineError(`addYears: not a date: ${date}`);
  const y = Number(date.slice(0, 4)) + years;
  const md = date.slice(5);
  const day = md === '02-29' && !isLeapYear(y) ? '02-28' : md;
  return `${String(y).padStart(4, '0')}-${day}`;
}

const MAX_REST_RUN = 31;

/**
 * Estimates the end of the limitation period from the last event that started or restarted it.
 * Issues: `limitation.event.unknown` {value}; `limitation.on.invalid` {value}; `limitation.on.future` {today}.
 * @example limitationEstimate({ event: 'paid', on: '2024-02-29', today: '2026-12-01' }) // => ok, nominalLastDay '2027-02-28', status 'running'
 */
export function limitationEstimate(input: LimitationInput): Outcome<LimitationEstimate> {
  const today = toDayNumber(input.today);
  if (today === undefined) throw new EngineError(`limitationEstimate: today must be YYYY-MM-DD, received ${input.today}`);
  if (!isLimitationEvent(input.event)) return failure({ field: 'event', code: 'limitation.event.unknown', params: { value: input.event } });
  const on = toDayNumber(input.on);
  if (on === undefined) return failure({ field: 'on', code: 'limitation.on.invalid', params: { value: input.on } });
  if (on > today) return failure({ field: 'on', code: 'limitation.on.future', params: { today: input.today } });

  const nominalLastDay = addYears(input.on, LIMITATION_YEARS);
  const movedPast: DayInfo[] = [];
  let lastDay = nominalLastDay;
  let holidaysKnown = true;
  const start = toDayNumber(nominalLastDay) as number;
  for (let n = start; ; n++) {
    if (n > start + MAX_REST_RUN) throw new EngineError(`limitationEstimate: more than ${MAX_REST_RUN} rest days after ${nominalLastDay}`);
    const info = dayInfo(fromDayNumber(n));
    if (!info.ok) {
      // Beyond the holiday data: keep the nominal day and say it may move.
      holidaysKnown = false;
      lastDay = nominalLastDay;
      movedPast.length = 0;
      break;
    }
    if (!isRestDay(info.value.kind)) {
      lastDay = info.value.date;
      break;
    }
    movedPast.push(info.value);
  }
  const daysLeft = (toDayNumber(lastDay) as number) - today;
  const status = Math.abs(daysLeft) <= CLOSE_DAYS ? 'close' : daysLeft > 0 ? 'running' : 'expired';
  return success({
    event: input.event,
    on: input.on,
    today: input.today,
    years: LIMITATION_YEARS,
    nominalLastDay,
    lastDay,
    movedPast,
    holidaysKnown,
    status,
    daysLeft,
    articles: input.event === 'due' ? ['188', '189', '201', '202', '203'] : ['188', '195', '201', '202', '203'],
  });
}
