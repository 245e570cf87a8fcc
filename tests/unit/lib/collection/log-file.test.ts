import { describe, expect, it } from 'vitest';
import {
  LOG_FILE_VERSION,
  LOG_FORMAT,
  MAX_IMPORT_BYTES,
  entryFrom,
  eventOf,
  exportLog,
  fingerprint,
  mergeEntries,
  newestFirst,
  parseLogFile,
  upgradeStoredEntry,
  type LogEntry,
} from '../../../../src/lib/collection/log-file';

const entry = (id: string, at: string, more: Partial<LogEntry> = {}): LogEntry => ({
  id,
  at,
  channel: 'call',
  collector: '某某金融',
  answered: true,
  contacted: 'self',
  content: [],
  shown: '95188',
  note: '',
  createdAt: `${at}:00.000Z`,
  updatedAt: `${at}:00.000Z`,
  ...more,
});

const log: LogEntry[] = [
  entry('a', '2026-03-02T23:30', { content: ['threat', 'insult'], note: '说要去我单位,"闹"' }),
  entry('b', '2026-03-03T09:10', { channel: 'sms', answered: undefined, contacted: 'relative', shown: '', note: '短信发给了我妈\n第二行' }),
  entry('c', '2026-03-03T09:00', { answered: false }),
];
// An entry of a non-call has no `answered` key at all, as the engine returns it.
const clean = (e: LogEntry): LogEntry => JSON.parse(JSON.stringify(e));

describe('exportLog / parseLogFile: a complete, versioned file that reads back', () => {
  const text = exportLog(log, '2026-03-04T08:00:00.000Z');
  it('writes our format and version, every entry oldest first', () => {
    const data = JSON.parse(text);
    expect([data.format, data.version, data.exportedAt]).toEqual([LOG_FORMAT, LOG_FILE_VERSION, '2026-03-04T08:00:00.000Z']);
    expect(data.entries.map((e: LogEntry) => e.id)).toEqual(['a', 'c', 'b']);
  });
  it('reads back the same entries, field for field', () => {
    const back = parseLogFile(text);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(newestFirst(back.value)).toEqual(newestFirst(log).map(clean));
  });
  it('accepts a byte-order mark and surrounding spaces', () => {
    expect(parseLogFile('\uFEFF  ' + text + '\n\n').ok).toBe(true);
  });
});

describe('parseLogFile refuses what it cannot take, with one clear code', () => {
  const codes = (text: string, size?: number) => {
    const out = parseLogFile(text, size);
    return out.ok ? 'ok' : out.issues.map((i) => i.code);
  };
  it.each([
    ['an empty file', '', ['collection.file.empty']],
    ['only spaces', ' \n\t', ['collection.file.empty']],
    ['broken JSON', '{"format": "mingzhang.collection-log", "version": 1, "entries": [', ['collection.file.notJson']],
    ['a CSV', '时间,方式\r\n2026-03-02 23:30,电话', ['collection.file.notJson']],
    ['a JSON array', '[]', ['collection.file.foreign']],
    ['another format', '{"format":"something-else","version":1,"entries":[]}', ['collection.file.foreign']],
    ['no format', '{"entries":[]}', ['collection.file.foreign']],
    ['a version 0', `{"format":"${LOG_FORMAT}","version":0,"entries":[]}`, ['collection.file.foreign']],
    ['a version "1"', `{"format":"${LOG_FORMAT}","version":"1","entries":[]}`, ['collection.file.foreign']],
    ['entries not a list', `{"format":"${LOG_FORMAT}","version":1,"entries":{}}`, ['collection.file.foreign']],
    ['a newer version', `{"format":"${LOG_FORMAT}","version":2,"entries":[]}`, ['collection.file.newerVersion']],
    ['no entries', `{"format":"${LOG_FORMAT}","version":1,"entries":[]}`, ['collection.file.noEntries']],
  ])('%s', (_name, text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
  it('a newer version names it', () => {
    const out = parseLogFile(`{"format":"${LOG_FORMAT}","version":7,"entries":[]}`);
    expect(!out.ok && out.issues[0]?.params).toEqual({ version: '7' });
  });
  it('a file over the limit is refused by its size, unread', () => {
    expect(codes('not even looked at', MAX_IMPORT_BYTES + 1)).toEqual(['collection.file.tooLarge']);
    const big = ' '.repeat(10 * 1024 * 1024);
    const out = parseLogFile(big);
    expect(!out.ok && out.issues).toEqual([{ code: 'collection.file.tooLarge', params: { maxMb: '5' } }]);
  });
  it('any wrong entry refuses the whole file, naming every entry', () => {
    const data = JSON.parse(exportLog(log, '2026-03-04T08:00:00.000Z'));
    data.entries[0].at = '2026-02-30T10:00';
    data.entries[2].id = '';
    data.entries.push('text');
    const out = parseLogFile(JSON.stringify(data));
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.issues.map((i) => [i.code, i.params?.['entry']])).toEqual([
      ['collection.at.invalid', '1'],
      ['collection.entry.invalid', '3'],
      ['collection.event.notAnObject', '4'],
    ]);
  });
});

describe('entryFrom', () => {
  it('fills an absent number shown and note with empty text', () => {
    const { shown: _s, note: _n, ...bare } = entry('x', '2026-03-02T10:00');
    const out = entryFrom(bare, 0);
    expect(out.ok && [out.value.shown, out.value.note]).toEqual(['', '']);
  });
  it.each([
    ['a numeric id', { id: 7 }],
    ['a missing createdAt', { createdAt: undefined }],
    ['a note of 2001 characters', { note: 'x'.repeat(2001) }],
    ['a number shown that is not text', { shown: 12345 }],
  ])('refuses %s', (_name, change) => {
    const out = entryFrom({ ...entry('x', '2026-03-02T10:00'), ...change }, 4);
    expect(!out.ok && out.issues).toEqual([{ field: 'events.4', code: 'collection.entry.invalid', params: { index: '4', entry: '5' } }]);
  });
  it('eventOf gives the rules only what they read', () => {
    expect(eventOf(log[1] as LogEntry)).toEqual({ at: '2026-03-03T09:10', channel: 'sms', collector: '某某金融', contacted: 'relative', content: [] });
  });
});

describe('mergeEntries: an import adds what is new and never duplicates', () => {
  it('importing the log into itself changes nothing', () => {
    const out = mergeEntries(log, log);
    expect([out.added, out.updated, out.unchanged]).toEqual([0, 0, 3]);
    expect(out.entries).toEqual(log);
  });
  it('importing into an empty log takes every entry', () => {
    const out = mergeEntries([], log);
    expect([out.added, out.updated, out.unchanged, out.entries.length]).toEqual([3, 0, 0, 3]);
  });
  it('a later change of an entry replaces it; an earlier one does not', () => {
    const later = { ...(log[0] as LogEntry), note: '改过', updatedAt: '2026-03-05T00:00:00.000Z' };
    const earlier = { ...(log[2] as LogEntry), note: '旧的', updatedAt: '2026-01-01T00:00:00.000Z' };
    const out = mergeEntries(log, [later, earlier]);
    expect([out.added, out.updated, out.unchanged]).toEqual([0, 1, 1]);
    expect(out.entries.find((e) => e.id === 'a')?.note).toBe('改过');
    expect(out.entries.find((e) => e.id === 'c')?.note).toBe('');
  });
  it('the same contact under another id (written on two phones) is not added twice, nor twice from one file', () => {
    const copy = { ...(log[1] as LogEntry), id: 'other-phone', createdAt: '2026-03-09T00:00:00.000Z' };
    const fresh = entry('d', '2026-03-04T10:00');
    const out = mergeEntries(log, [copy, fresh, { ...fresh, id: 'd2' }]);
    expect([out.added, out.updated, out.unchanged]).toEqual([1, 0, 2]);
    expect(out.entries.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
  });
  it('spaces around the collector, number and note and the order of categories do not make a contact new', () => {
    const a = log[0] as LogEntry;
    expect(fingerprint({ ...a, collector: ` ${a.collector} `, content: ['insult', 'threat'] })).toBe(fingerprint(a));
    expect(fingerprint({ ...a, answered: false })).not.toBe(fingerprint(a));
  });
});

describe('upgradeStoredEntry: database layout 1 → 2', () => {
  it('adds the number shown and the change times, keeping everything else', () => {
    const v1 = { id: 'a', at: '2026-03-02T23:30', channel: 'call', collector: '甲', answered: true, contacted: 'self', content: ['threat'], note: 'n', createdAt: '2026-03-02T15:31:00.000Z' };
    const v2 = upgradeStoredEntry(v1, 1);
    expect(v2).toEqual({ ...v1, shown: '', updatedAt: '2026-03-02T15:31:00.000Z' });
    expect(entryFrom(v2, 0).ok).toBe(true);
  });
  it('leaves a current record alone', () => {
    const current = clean(log[0] as LogEntry) as unknown as Record<string, unknown>;
    expect(upgradeStoredEntry(current, 2)).toEqual(current);
  });
});
