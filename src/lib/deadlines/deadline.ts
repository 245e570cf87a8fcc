import { EngineError, failure, success, type CalcIssue, type Outcome } from '../errors';
import { dayInfo, HOLIDAY_NOTICES, isRestDay, type DayInfo, type HolidayNotice } from './calendar';
import { fromDayNumber, toDayNumber } from './civil-date';
import { COURT_DOCUMENTS, isCourtDocument, type CourtAction, type CourtDocument } from './documents';

/**
 * How a period in days ends, Civil Procedure Law (2023 text) Art. 85, as read in LawRefBook/Laws
 * 诉讼与非诉讼程序法/民事诉讼法(2023-09-01).md:
 *   期间开始的时和日，不计算在期间内。期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期。
 * So the day of service is not counted (a 15-day period served on the 3rd ends on the 18th), and a last day that is
 * a statutory rest day moves to the first day after it.
 *
 * Our reading of 法定休假日 ("statutory rest day"), and its uncertainty: the CPL does not define it. We treat as rest
 * days the weekly rest days (Saturday, Sunday) and the days off in the State Council General Office's yearly
 * schedule, and as working days the weekend days that schedule makes working days (调休上班). A make-up Saturday is
 * a working day — courts and post offices work — so a period ending on it does not move; and "the first day after"
 * a run of rest days is read as the first working day after the whole run (2026-10-01 → 2026-10-08), because each
 * following day is itself a rest day. We have not seen a Supreme People's Court text that settles the make-up-day
 * case; the court's own notice of the deadline wins, and the UI must say so. A document posted before the period
 * ends is in time (Art. 85 para. 4: 诉讼文书在期满前交邮的，不算过期) — the engine computes the last day, not the
 * hour of the post office.
 */

export interface PeriodEnd {
  /** The day after `startDay` plus `days − 1`: the last day before any move. */
  nominalLastDay: string;
  /** The last day to act: nominalLastDay, or the first working day after it. */
  lastDay: string;
  /** The rest days the end moved past, oldest first; empty when it did not move. */
  movedPast: DayInfo[];
  /** The kind of lastDay: a workday, or a weekend day made a working day. */
  lastDayKind: 'workday' | 'makeupWorkday';
}

/** A run of rest days is at most a few weeks; this guards the loop against broken data. */
const MAX_REST_RUN = 31;

/**
 * The end of a period of `days` days (1 or more) that starts on `startDay` (not counted), by Art. 85.
 * Issues: `deadline.receivedOn.invalid` {value}; `deadline.holidaysUnknown` {date, nominalLastDay, knownFrom,
 * knownThrough} when a day that decides the end lies outside the holiday data.
 * @example periodLastDay('2025-06-06', 15) // => ok, nominalLastDay '2025-06-21' (Saturday), lastDay '2025-06-23'
 */
export function periodLastDay(startDay: string, days: number): Outcome<PeriodEnd> {
  const start = toDayNumber(startDay);
  if (start === undefined) return failure({ field: 'receivedOn', code: 'deadline.receivedOn.invalid', params: { value: startDay } });
  if (!Number.isInteger(days) || days < 1) throw new EngineError(`periodLastDay: days must be a positive integer, received ${days}`);
  const nominalLastDay = fromDayNumber(start + days);
  const movedPast: DayInfo[] = [];
  for (let n = start + days; n <= start + days + MAX_REST_RUN; n++) {
    const info = dayInfo(fromDayNumber(n));
    if (!info.ok) {
      const issues: CalcIssue[] = info.issues.map((i) => ({ ...i, field: 'receivedOn', params: { ...i.params, nominalLastDay } }));
      return failure(...issues);
    }
    if (!isRestDay(info.value.kind)) {
      return success({ nominalLastDay, lastDay: info.value.date, movedPast, lastDayKind: info.value.kind as PeriodEnd['lastDayKind'] });
    }
    movedPast.push(info.value);
  }
  throw new EngineError(`periodLastDay: more than ${MAX_REST_RUN} rest days in a row after ${nominalLastDay}; check holidays-cn.json`);
}

export interface DeadlineInput {
  /** One of COURT_DOCUMENT_IDS. */
  document: string;
  /** The day the document was served (received), 'YYYY-MM-DD'. */
  receivedOn: string;
}

export interface CourtDeadline extends PeriodEnd {
  document: CourtDocument;
  action: CourtAction;
  receivedOn: string;
  periodDays: number;
  /** Civil Procedure Law (2023 text) articles: 85 for the counting, and the one that sets the period. */
  articles: readonly string[];
  /** The holiday notices behind the days looked at (nominalLastDay … lastDay). */
  notices: readonly HolidayNotice[];
  /**
   * 'servedBeforeCurrentText': served before 2024-01-01, when the 2023 text (whose article numbers we cite) came
   * into force; the earlier text may number the articles differently (not checked).
   */
  flags: readonly string[];
}

/** The 2023 amendment came into force on 2024-01-01 (Presidential Order No. 11; docs/fact-sheet.md §6.2). */
const CURRENT_TEXT_FROM = '2024-01-01';

/**
 * The last day to act on a court document, by Art. 85 and the article that sets its period (documents.ts).
 * Issues: `deadline.document.unknown` {value}, `deadline.receivedOn.invalid` {value}, `deadline.holidaysUnknown`
 * (see periodLastDay).
 * @example courtDeadline({ document: 'judgment', receivedOn: '2025-03-03' }) // => ok, lastDay '2025-03-18'
 */
export function courtDeadline(input: DeadlineInput): Outcome<CourtDeadline> {
  if (!isCourtDocument(input.document)) {
    return failure({ field: 'document', code: 'deadline.document.unknown', params: { value: input.document } });
  }
  const doc = COURT_DOCUMENTS[input.document];
  const end = periodLastDay(input.receivedOn, doc.days);
  if (!end.ok) return end;
  const years = new Set([end.value.nominalLastDay.slice(0, 4), end.value.lastDay.slice(0, 4)]);
  return success({
    document: input.document,
    action: doc.action,
    receivedOn: input.receivedOn,
    periodDays: doc.days,
    ...end.value,
    articles: ['85', doc.article],
    notices: HOLIDAY_NOTICES.filter((n) => years.has(String(n.year))),
    flags: input.receivedOn < CURRENT_TEXT_FROM ? ['servedBeforeCurrentText'] : [],
  });
}
