import { failure, success, type CalcIssue, type Outcome } from '../errors';
import type { ContactEvent } from './types';
import { validateEvent } from './validate';

/**
 * The borrower's log as kept on the device and as a file: entries (a ContactEvent plus what the reader wrote
 * that the rules do not read), the versioned JSON file, reading it back, and merging an import into the log.
 * Pure: no DOM, no IndexedDB (src/islands/collection-log/store.ts keeps the entries).
 */

/** One entry of the log. The ContactEvent fields are what the rules read; the others are the reader's record. */
export interface LogEntry extends ContactEvent {
  /** Random, stable across export and import: how an import recognises entries already present. */
  id: string;
  /** The number or name the phone showed. */
  shown: string;
  note: string;
  /** ISO instants (device clock) when the entry was written and last changed; a merge keeps the later change. */
  createdAt: string;
  updatedAt: string;
}

/** `format` of our files: a JSON file without it is someone else's. */
export const LOG_FORMAT = 'mingzhang.collection-log';
/** The file version this code writes. A file with a higher one comes from a newer Mingzhang: refused, not guessed at. */
export const LOG_FILE_VERSION = 1;
/** Larger files are refused unread: 5 MB is some 15,000 entries, more than any log this tool writes. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Text fields longer than this are refused (a note is a few lines; this stops a pasted book). */
export const MAX_TEXT = 2000;

export interface LogFile {
  format: typeof LOG_FORMAT;
  version: typeof LOG_FILE_VERSION;
  exportedAt: string;
  entries: LogEntry[];
}

const isText = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;

/**
 * An entry from storage or a file, checked: the event through validateEvent (its issue codes), then the
 * entry's own fields (`collection.entry.invalid` {entry}). `index` is 0-based.
 */
export function entryFrom(raw: unknown, index: number): Outcome<LogEntry> {
  const event = validateEvent(raw, index);
  if (!event.ok) return event;
  const r = raw as Record<string, unknown>;
  const shown = r['shown'] ?? '';
  const note = r['note'] ?? '';
  const { id, createdAt, updatedAt } = r;
  if (!isText(id, 100) || id.trim() === '' || !isText(shown) || !isText(note) || !isText(createdAt, 40) || !isText(updatedAt, 40) || event.value.collector.length > MAX_TEXT) {
    return failure({ field: `events.${index}`, code: 'collection.entry.invalid', params: { index: String(index), entry: String(index + 1) } });
  }
  return success({ id, ...event.value, content: [...event.value.content], shown, note, createdAt, updatedAt });
}

/** The rules' view of an entry. */
export const eventOf = ({ at, channel, collector, answered, contacted, content }: LogEntry): ContactEvent => ({
  at,
  channel,
  collector,
  ...(answered !== undefined ? { answered } : {}),
  contacted,
  content,
});

/** Entries newest first (time entered, then the one written later). */
export const newestFirst = (entries: readonly LogEntry[]): LogEntry[] =>
  [...entries].sort((a, b) => (a.at !== b.at ? (a.at < b.at ? 1 : -1) : a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));

/** The whole log as our JSON file (complete: every field of every entry), oldest first. */
export function exportLog(entries: readonly LogEntry[], exportedAt: string): string {
  const file: LogFile = { format: LOG_FORMAT, version: LOG_FILE_VERSION, exportedAt, entries: newestFirst(entries).reverse() };
  return JSON.stringify(file, null, 2) + '\n';
}

const fileIssue = (code: string, params?: Record<string, string>): CalcIssue => ({ code: `collection.file.${code}`, ...(params ? { params } : {}) });

/**
 * Reads a file the reader chose. Refuses, with one issue, and so changes nothing:
 * `collection.file.empty` (no text), `collection.file.tooLarge` {maxMb}, `collection.file.notJson`,
 * `collection.file.foreign` (JSON, but not our format), `collection.file.newerVersion` {version},
 * `collection.file.noEntries` (our format, no entries); and with every entry problem (validateEvent's codes
 * and `collection.entry.invalid`, each with {entry}) when any entry is wrong: none is taken then either.
 * `byteLength` is the file's size when known (the UI checks it before reading).
 */
export function parseLogFile(text: string, byteLength = new TextEncoder().encode(text).length): Outcome<LogEntry[]> {
  if (byteLength > MAX_IMPORT_BYTES) return failure(fileIssue('tooLarge', { maxMb: String(MAX_IMPORT_BYTES / 1024 / 1024) }));
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return failure(fileIssue('empty'));
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    return failure(fileIssue('notJson'));
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || (data as Record<string, unknown>)['format'] !== LOG_FORMAT) return failure(fileIssue('foreign'));
  const { version, entries } = data as Record<string, unknown>;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return failure(fileIssue('foreign'));
  if (version > LOG_FILE_VERSION) return failure(fileIssue('newerVersion', { version: String(version) }));
  if (!Array.isArray(entries)) return failure(fileIssue('foreign'));
  if (entries.length === 0) return failure(fileIssue('noEntries'));
  const issues: CalcIssue[] = [];
  const valid: LogEntry[] = [];
  entries.forEach((raw, i) => {
    const entry = entryFrom(raw, i);
    if (entry.ok) valid.push(entry.value);
    else issues.push(...entry.issues);
  });
  return issues.length > 0 ? failure(...issues) : success(valid);
}

/** What the reader recorded, without the id and times: two entries alike in this are one contact written twice. */
export function fingerprint(e: LogEntry): string {
  return JSON.stringify([e.at, e.channel, e.collector.trim(), e.answered ?? null, e.contacted, [...e.content].sort(), e.shown.trim(), e.note.trim()]);
}

export interface MergeResult {
  entries: LogEntry[];
  /** New entries taken from the file. */
  added: number;
  /** Entries present (same id) that the file holds a later change of. */
  updated: number;
  /** Entries of the file already present (same id, or the same contact under another id), left as they are. */
  unchanged: number;
}

/**
 * Merges imported entries into the log without duplicates: an entry with an id already present replaces it only
 * when its `updatedAt` is later; an entry recording the same contact as one present (fingerprint) is skipped;
 * the rest are added. Order: as `existing`, then the added ones.
 */
export function mergeEntries(existing: readonly LogEntry[], incoming: readonly LogEntry[]): MergeResult {
  const byId = new Map(existing.map((e) => [e.id, e]));
  const prints = new Set(existing.map(fingerprint));
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const entry of incoming) {
    const present = byId.get(entry.id);
    if (present !== undefined) {
      if (entry.updatedAt > present.updatedAt && fingerprint(entry) !== fingerprint(present)) {
        byId.set(entry.id, entry);
        prints.add(fingerprint(entry));
        updated++;
      } else unchanged++;
    } else if (prints.has(fingerprint(entry))) {
      unchanged++;
    } else {
      byId.set(entry.id, entry);
      prints.add(fingerprint(entry));
      added++;
    }
  }
  return { entries: [...byId.values()], added, updated, unchanged };
}

/**
 * The stored record of an older database layout brought to the current one (store.ts calls it in its upgrade).
 * Layout 1 kept the event, id and note; layout 2 adds `shown`, `createdAt` and `updatedAt`.
 */
export function upgradeStoredEntry(raw: Readonly<Record<string, unknown>>, fromVersion: number): Record<string, unknown> {
  const record: Record<string, unknown> = { ...raw };
  if (fromVersion < 2) {
    record['shown'] = typeof raw['shown'] === 'string' ? raw['shown'] : '';
    record['note'] = typeof raw['note'] === 'string' ? raw['note'] : '';
    const created = typeof raw['createdAt'] === 'string' ? raw['createdAt'] : '';
    record['createdAt'] = created;
    record['updatedAt'] = typeof raw['updatedAt'] === 'string' ? raw['updatedAt'] : created;
  }
  return record;
}
