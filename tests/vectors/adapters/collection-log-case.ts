import { success, type Outcome } from '../../../src/lib/errors';
import { checkCollectionLog } from '../../../src/lib/collection';
import { guarded, isRecord, onlyKeys, ShapeError } from './shape';

const EVENT_KEYS = ['at', 'channel', 'collector', 'answered', 'contacted', 'content'];

/**
 * Vector kind `collection-log` → checkCollectionLog. Figure: `flags`, one sorted array of rule codes per event,
 * in input order. An event with a key the engine does not know is an unknown shape (it might change the meaning).
 */
export function run(input: unknown): Outcome<Record<string, unknown>> {
  return guarded(() => {
    if (!isRecord(input)) throw new ShapeError('input is not an object');
    onlyKeys(input, ['events']);
    const events = input['events'];
    if (!Array.isArray(events)) throw new ShapeError('events is not an array');
    for (const e of events) if (isRecord(e)) onlyKeys(e, EVENT_KEYS);
    const out = checkCollectionLog(events);
    if (!out.ok) return out;
    return success({ flags: out.value.flags });
  });
}
