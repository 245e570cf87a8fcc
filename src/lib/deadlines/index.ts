/** Public API of the court-deadline engine: the last day to act on a court document, the holiday calendar behind it, a limitation-period estimate and an .ics writer. */
export { dayInfo, HOLIDAY_COVERAGE, HOLIDAY_NOTICES, isRestDay, type DayInfo, type DayKind, type HolidayNotice } from './calendar';
export { fromDayNumber, isIsoDate, isoWeekday, toDayNumber } from './civil-date';
export { courtDeadline, periodLastDay, type CourtDeadline, type DeadlineInput, type PeriodEnd } from './deadline';
export { COURT_DOCUMENT_IDS, COURT_DOCUMENTS, isCourtDocument, type CourtAction, type CourtDocument } from './documents';
export { addYears, CLOSE_DAYS, isLimitationEvent, LIMITATION_EVENTS, LIMITATION_YEARS, limitationEstimate, type LimitationEstimate, type LimitationEvent, type LimitationInput } from './limitation';
export { alarmTrigger, escapeText, foldLine, writeIcs, type IcsAlarm, type IcsCalendar, type IcsEvent } from './ics';
