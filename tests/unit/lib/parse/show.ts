import type { Outcome } from '../../../../src/lib/errors';

/** An outcome as one string: the value, or 'code k=v …' per issue (joined by '; '). */
export function show<T>(outcome: Outcome<T>, value: (v: T) => string): string {
  if (outcome.ok) return value(outcome.value);
  return outcome.issues
    .map((i) => [i.code, ...Object.entries(i.params ?? {}).map(([k, v]) => `${k}=${v}`)].join(' '))
    .join('; ');
}
