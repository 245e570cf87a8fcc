import { success, type Outcome } from '../../../src/lib/errors';
import { courtDeadline } from '../../../src/lib/deadlines';
import { guarded, isRecord, onlyKeys, ShapeError } from './shape';

/** Vector kind `deadline` → courtDeadline. Figure: `lastDay`, 'YYYY-MM-DD'. */
export function run(input: unknown): Outcome<Record<string, unknown>> {
  return guarded(() => {
    if (!isRecord(input)) throw new ShapeError('input is not an object');
    onlyKeys(input, ['document', 'receivedOn']);
    const { document, receivedOn } = input;
    if (typeof document !== 'string') throw new ShapeError('document is not a string');
    if (typeof receivedOn !== 'string') throw new ShapeError('receivedOn is not a string');
    const out = courtDeadline({ document, receivedOn });
    if (!out.ok) return out;
    return success({ lastDay: out.value.lastDay });
  });
}
