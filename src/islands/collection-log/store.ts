import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { entryFrom, upgradeStoredEntry, type LogEntry } from '../../lib/collection/log-file';

/**
 * The collection log on this device: one IndexedDB database, nothing else, never sent anywhere.
 *
 * Layouts (DB_VERSION), each reached from the one before by a step in `upgrade`:
 * 1. object store `entries` (keyPath `id`) holding the event, id and note;
 * 2. adds the index `byAt` and, in every record, `shown`, `createdAt` and `updatedAt` (upgradeStoredEntry).
 * Layout 1 never reached readers: it is kept as the first step so the path from an older database is written,
 * and exercised by the browser test, before there is a real one to migrate. A new layout adds a step here and
 * to upgradeStoredEntry, with a test for each.
 */
export const DB_NAME = 'mingzhang-collection-log';
export const DB_VERSION = 2;

interface LogSchema extends DBSchema {
  entries: { key: string; value: LogEntry; indexes: { byAt: string } };
}

let opened: Promise<IDBPDatabase<LogSchema>> | undefined;

function open(): Promise<IDBPDatabase<LogSchema>> {
  opened ??= openDB<LogSchema>(DB_NAME, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) db.createObjectStore('entries', { keyPath: 'id' });
      if (oldVersion < 2) {
        const store = tx.objectStore('entries');
        store.createIndex('byAt', 'at');
        for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
          await cursor.update(upgradeStoredEntry(cursor.value as unknown as Record<string, unknown>, oldVersion) as unknown as LogEntry);
        }
      }
    },
    // Another tab opened a newer layout: let it, and open again next time.
    blocking() {
      void opened?.then((db) => db.close());
      opened = undefined;
    },
  });
  return opened;
}

export interface Loaded {
  entries: LogEntry[];
  /** Records that no longer read as entries (kept in storage, not shown): should never happen; said if it does. */
  unreadable: number;
}

export async function loadEntries(): Promise<Loaded> {
  const db = await open();
  const raw = await db.getAll('entries');
  const entries: LogEntry[] = [];
  let unreadable = 0;
  raw.forEach((r, i) => {
    const e = entryFrom(r, i);
    if (e.ok) entries.push(e.value);
    else unreadable++;
  });
  return { entries, unreadable };
}

/** Writes entries (new or changed) in one transaction: all or none. */
export async function putEntries(entries: readonly LogEntry[]): Promise<void> {
  const db = await open();
  const tx = db.transaction('entries', 'readwrite');
  await Promise.all([...entries.map((e) => tx.store.put(e)), tx.done]);
}

export async function deleteEntry(id: string): Promise<void> {
  const db = await open();
  await db.delete('entries', id);
}

/** Erases every entry on this device. */
export async function deleteAll(): Promise<void> {
  const db = await open();
  await db.clear('entries');
}

export type Persistence = 'granted' | 'denied' | 'unsupported';

/**
 * Asks the browser not to clear the log when the device runs short of space (navigator.storage.persist).
 * Browsers decide by themselves (Chrome by how the site is used; Firefox asks the reader); we only report it.
 */
export async function askPersistence(): Promise<Persistence> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}
