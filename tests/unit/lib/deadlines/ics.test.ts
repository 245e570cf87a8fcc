import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { alarmTrigger, escapeText, foldLine, writeIcs } from '../../../../src/lib/deadlines';

const STAMP = new Date('2026-12-01T09:30:05Z');
const calendar = (summary = '上诉期最后一天', description = 'Line one\nline two; with, commas \\ and a backslash') =>
  writeIcs({
    prodId: '-//Mingzhang//Deadlines//ZH',
    stamp: STAMP,
    events: [
      {
        uid: 'deadline-2026-10-08@mingzhang',
        date: '2026-10-08',
        summary,
        description,
        alarms: [
          { daysBefore: 3, description: '三天后到期' },
          { daysBefore: 1, description: '明天到期' },
        ],
      },
    ],
  });
const octets = (s: string) => new TextEncoder().encode(s).length;

describe('writeIcs (RFC 5545)', () => {
  it('CRLF line ends only, ending with one; every line at most 75 octets', () => {
    const text = calendar('很长的标题'.repeat(20), 'x'.repeat(300));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });
  it('has UID, DTSTAMP in UTC, an all-day DTSTART;VALUE=DATE and the next day as DTEND', () => {
    const lines = calendar().split('\r\n');
    expect(lines).toContain('UID:deadline-2026-10-08@mingzhang');
    expect(lines).toContain('DTSTAMP:20261201T093005Z');
    expect(lines).toContain('DTSTART;VALUE=DATE:20261008');
    expect(lines).toContain('DTEND;VALUE=DATE:20261009');
    expect(lines).toContain('TRIGGER:-P2DT15H');
    expect(lines).toContain('TRIGGER:-PT15H');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.filter(Boolean).at(-1)).toBe('END:VCALENDAR');
  });
  it('parses back with ical.js: the same day, summary, description and alarms', () => {
    const summary = '答辩期最后一天：'.repeat(6);
    const description = 'Line one\nline two; with, commas \\ and a backslash';
    const comp = new ICAL.Component(ICAL.parse(calendar(summary, description)));
    const vevent = comp.getFirstSubcomponent('vevent') as ICAL.Component;
    const event = new ICAL.Event(vevent);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-10-08');
    expect(event.endDate.toString()).toBe('2026-10-09');
    expect(event.summary).toBe(summary);
    expect(event.description).toBe(description);
    expect(event.uid).toBe('deadline-2026-10-08@mingzhang');
    const alarms = vevent.getAllSubcomponents('valarm');
    expect(alarms.map((a) => String(a.getFirstPropertyValue('trigger')))).toEqual(['-P2DT15H', '-PT15H']);
    expect(alarms.map((a) => a.getFirstPropertyValue('action'))).toEqual(['DISPLAY', 'DISPLAY']);
  });
  it('is the same bytes for the same input (no clock inside)', () => expect(calendar()).toBe(calendar()));
  it('refuses a non-date (a bug)', () => {
    expect(() => writeIcs({ prodId: 'x', stamp: STAMP, events: [{ uid: 'u', date: '2026-02-30', summary: 's' }] })).toThrow(/EngineError/);
    expect(() => writeIcs({ prodId: 'x', stamp: new Date('nope'), events: [] })).toThrow(/EngineError/);
  });
});

describe('ics pieces', () => {
  it('escapes TEXT', () => expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf'));
  it('folds without splitting a character: 3-octet CJK and 4-octet emoji', () => {
    const line = 'SUMMARY:' + '期'.repeat(40) + '😀'.repeat(10);
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:ok')).toBe('SHORT:ok');
  });
  it.each([
    [3, 9, '-P2DT15H'],
    [1, 9, '-PT15H'],
    [1, 0, '-P1D'],
    [7, 9, '-P6DT15H'],
    [0, 9, 'PT9H'],
    [0, 0, 'PT0S'],
  ])('alarm %i days before at %i h → %s', (days, hour, expected) => expect(alarmTrigger(days, hour)).toBe(expected));
});
