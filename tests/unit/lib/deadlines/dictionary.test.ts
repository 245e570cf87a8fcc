import { describe, expect, it } from 'vitest';
import { WRITTEN_DICTIONARIES } from '../../../../src/i18n/messages';
import { COURT_DOCUMENT_IDS, COURT_DOCUMENTS, LIMITATION_EVENTS } from '../../../../src/lib/deadlines';
import data from '../../../../src/lib/deadlines/holidays-cn.json';

const zh = WRITTEN_DICTIONARIES['zh-hans'];

describe('deadline words', () => {
  it('every document, action, day kind, issue and flag has a message', () => {
    const keys = [
      ...COURT_DOCUMENT_IDS.flatMap((d) => [`deadlines.document.${d}.name`, `deadlines.action.${COURT_DOCUMENTS[d].action}`]),
      ...['workday', 'weekend', 'holiday', 'makeupWorkday'].map((k) => `deadlines.dayKind.${k}`),
      ...['document.unknown', 'receivedOn.invalid', 'date.invalid', 'holidaysUnknown'].map((c) => `issue.deadline.${c}`),
      'deadlines.flag.servedBeforeCurrentText',
    ];
    expect(keys.filter((k) => !(k in zh))).toEqual([]);
  });

  it('the unknown-holidays message names the nominal last day and the data’s range', () => {
    expect(zh['issue.deadline.holidaysUnknown']).toMatch(/\{nominalLastDay\}.*\{knownFrom\}.*\{knownThrough\}/s);
  });

  it('every limitation event, issue, how-to and holiday name has a message', () => {
    const keys = [
      ...LIMITATION_EVENTS.flatMap((e) => [`deadlines.event.${e}`, `deadlines.eventOn.label.${e}`]),
      ...['event.unknown', 'on.invalid', 'on.future'].map((c) => `issue.limitation.${c}`),
      ...COURT_DOCUMENT_IDS.map((d) => `deadlines.howto.${d}`),
      ...data.years.flatMap((y) => y.closed.map((h) => `deadlines.holidayName.${h.name}`)),
    ];
    expect(keys.filter((k) => !(k in zh))).toEqual([]);
  });
});
