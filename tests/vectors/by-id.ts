import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The reference vectors of tests/vectors/*.json by id, so unit, property and browser tests read expected
 * figures from the one file that holds them instead of retyping them.
 */
export interface Vector {
  id: string;
  kind: string;
  input: Record<string, unknown>;
  expect: Record<string, string | number | unknown>;
}

const dir = dirname(fileURLToPath(import.meta.url));
export const VECTOR_FILES = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
const all = VECTOR_FILES.flatMap((file) => JSON.parse(readFileSync(file, 'utf8')) as Vector[]);

export function vector(id: string): Vector {
  const found = all.find((v) => v.id === id);
  if (!found) throw new Error(`no reference vector "${id}" in tests/vectors/*.json`);
  return found;
}

/** An expected figure of a vector, as the string the file holds. */
export function expected(id: string, field: string): string {
  const value = vector(id).expect[field];
  if (typeof value !== 'string' && typeof value !== 'number') throw new Error(`vector "${id}" has no figure "${field}"`);
  return String(value);
}
