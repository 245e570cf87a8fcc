import { failure, type CalcIssue, type Outcome } from '../../../src/lib/errors';
import { Dec } from '../../../src/lib/money/decimal';

/** Thrown inside an adapter when the vector's input has a shape it does not know; turned into an issue. */
export class ShapeError extends Error {
  override name = 'ShapeError';
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A decimal string field → Dec; anything else is an unknown shape. */
export function decField(obj: Record<string, unknown>, key: string): Dec {
  const v = obj[key];
  if (typeof v !== 'string' || !DECIMAL.test(v)) throw new ShapeError(`${key} is not a decimal string`);
  return new Dec(v);
}

export function intField(obj: Record<string, unknown>, key: string): number {
  const v = obj[key];
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new ShapeError(`${key} is not an integer`);
  return v;
}

/** Rejects keys the adapter would silently ignore: an unknown field may change a case's meaning. */
export function onlyKeys(obj: Record<string, unknown>, allowed: string[]): void {
  const extra = Object.keys(obj).filter((k) => !allowed.includes(k));
  if (extra.length > 0) throw new ShapeError(`unknown keys ${extra.join(',')}`);
}

/** Runs an adapter body; an unknown shape becomes the issue `vector.unknownInputShape`. */
export function guarded(body: () => Outcome<Record<string, unknown>>): Outcome<Record<string, unknown>> {
  try {
    return body();
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    const issue: CalcIssue = { code: 'vector.unknownInputShape', params: { detail: error.message } };
    return failure(issue);
  }
}
