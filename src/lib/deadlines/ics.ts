import { EngineError } from '../errors';
import { fromDayNumber, toDayNumber } from './civil-date';

/**
 * A minimal iCalendar (RFC 5545) writer for all-day reminders: one VCALENDAR, VEVENTs with DTSTART;VALUE=DATE and
 * DTEND (the next day, exclusive), and display VALARMs. Pure: no DOM, no clock (DTSTAMP is passed in), so the same
 * input gives the same bytes. Lines end in CRLF (§3.1) and are folded at 75 octets of UTF-8 without splitting a
 * character (continuation lines start with one space); TEXT values escape \ ; , and line breaks (§3.3.11).
 * Written here rather than taken from the `ics` package: that package validates with yup and pulls it into the
 * reader's download, while all we need is this; tests parse the output back with ical.js.
 */

export interface IcsAlarm {
  /** Whole days before the event's day; the alarm rings at `hour` local time that day. */
  daysBefore: number;
  hour?: number;
  description: string;
}

export interface IcsEvent {
  /** Globally unique and stable: the same reminder downloaded twice replaces itself in the calendar. */
  uid: string;
  /** The all-day event's day, 'YYYY-MM-DD'. */
  date: string;
  summary: string;
  description?: string;
  alarms?: readonly IcsAlarm[];
}

export interface IcsCalendar {
  /** PRODID, e.g. '-//Mingzhang//Deadlines//ZH'. */
  prodId: string;
  /** When the file was made (DTSTAMP, written in UTC). */
  stamp: Date;
  events: readonly IcsEvent[];
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export const escapeText = (text: string): string => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');

const encoder = new TextEncoder();
const octets = (s: string): number => encoder.encode(s).length;

/** Folds one content line to 75 octets a line (§3.1), never inside a UTF-8 character or a surrogate pair. */
export function foldLine(line: string): string {
  if (octets(line) <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch);
    // The first line holds 75 octets; each continuation line holds a leading space and 74 more.
    const limit = parts.length === 0 ? 75 : 74;
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const basicDate = (iso: string): string => {
  if (toDayNumber(iso) === undefined) throw new EngineError(`ics: not a date: ${iso}`);
  return iso.replace(/-/g, '');
};
const utcStamp = (d: Date): string => {
  if (Number.isNaN(d.getTime())) throw new EngineError('ics: invalid DTSTAMP');
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
};

/** The trigger of an alarm `daysBefore` days before an all-day event, at `hour` o'clock: −P2DT15H is 09:00 three days before. */
export function alarmTrigger(daysBefore: number, hour = 9): string {
  if (!Number.isInteger(daysBefore) || daysBefore < 0 || !Number.isInteger(hour) || hour < 0 || hour > 23) {
    throw new EngineError(`ics: bad alarm ${daysBefore} days, ${hour} h`);
  }
  if (daysBefore === 0) return hour === 0 ? 'PT0S' : `PT${hour}H`;
  const hoursBefore = daysBefore * 24 - hour;
  const days = Math.floor(hoursBefore / 24);
  const hours = hoursBefore % 24;
  return `-P${days > 0 ? `${days}D` : ''}${hours > 0 ? `T${hours}H` : ''}`;
}

/** The calendar file's text, CRLF throughout and ending with one. */
export function writeIcs(calendar: IcsCalendar): string {
  const stamp = utcStamp(calendar.stamp);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${calendar.prodId}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const event of calendar.events) {
    const day = toDayNumber(event.date);
    if (day === undefined) throw new EngineError(`ics: not a date: ${event.date}`);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
      `DTEND;VALUE=DATE:${basicDate(fromDayNumber(day + 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    lines.push('TRANSP:TRANSPARENT');
    for (const alarm of event.alarms ?? []) {
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(alarm.description)}`, `TRIGGER:${alarmTrigger(alarm.daysBefore, alarm.hour)}`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
