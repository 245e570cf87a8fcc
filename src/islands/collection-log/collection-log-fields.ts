import { CHANNELS, CONTACTED, CONTENT_CATEGORIES, type Channel, type Contacted, type ContentCategory } from '../../lib/collection/types';
import type { LogEntry } from '../../lib/collection/log-file';

/**
 * The collection log's form: what the reader is writing, as raw values, and the helpers between it and an entry.
 * No link parameters: a log is never put in an address (it is the reader's private record).
 */
export { CHANNELS, CONTACTED, CONTENT_CATEGORIES };

export interface Draft {
  /** 'YYYY-MM-DDTHH:MM' as a datetime-local input gives it; '' until chosen. */
  at: string;
  channel: Channel;
  collector: string;
  /** Calls only: '' until chosen. */
  answered: '' | 'yes' | 'no';
  contacted: Contacted;
  content: ContentCategory[];
  shown: string;
  note: string;
}

export const EMPTY_DRAFT: Draft = { at: '', channel: 'call', collector: '', answered: '', contacted: 'self', content: [], shown: '', note: '' };

/** Input ids, also the targets of the error summary's links. Radio groups: the first radio's id is the group name. */
export const INPUT_IDS = { at: 'log-at', collector: 'log-collector', answered: 'log-answered', contacted: 'log-contacted', channel: 'log-channel' } as const;

const two = (n: number) => String(n).padStart(2, '0');

/** The device's wall-clock time to the minute, 'YYYY-MM-DDTHH:MM' (what "it just happened" means to the reader). */
export const localNow = (now = new Date()): string =>
  `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}T${two(now.getHours())}:${two(now.getMinutes())}`;

/** What validateEvent reads from the draft. */
export const rawEvent = (d: Draft): Record<string, unknown> => ({
  at: d.at,
  channel: d.channel,
  collector: d.collector,
  ...(d.channel === 'call' && d.answered !== '' ? { answered: d.answered === 'yes' } : {}),
  contacted: d.contacted,
  content: d.content,
});

export const draftOf = (e: LogEntry): Draft => ({
  at: e.at,
  channel: e.channel,
  collector: e.collector,
  answered: e.answered === undefined ? '' : e.answered ? 'yes' : 'no',
  contacted: e.contacted,
  content: [...e.content],
  shown: e.shown,
  note: e.note,
});

/** A random id (crypto.randomUUID needs a secure context; getRandomValues does not). */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Collector names already used, most recent first, each once. */
export function collectorsUsed(entries: readonly LogEntry[]): string[] {
  const byLatest = [...entries].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return [...new Set(byLatest.map((e) => e.collector.trim()))];
}

/** 'YYYY-MM-DDTHH:MM' → 'YYYY-MM-DD HH:MM' (the form every locale reads, and a spreadsheet sorts). */
export const shownTime = (at: string): string => at.replace('T', ' ');
