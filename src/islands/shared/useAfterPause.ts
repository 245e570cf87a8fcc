import { useEffect, useState } from 'preact/hooks';

/**
 * THE deferral policy of every tool: the headline figure follows each keystroke; heavy extras (full tables,
 * charts, comparisons, early repayment) follow `value` once it has stopped changing for PAUSE_MS, so a cheap
 * phone keeps up with the reader. Until then the extras show their last figures, marked as updating.
 */
export const PAUSE_MS = 400;

export function useAfterPause<T>(value: T, delay = PAUSE_MS): T {
  const [calm, setCalm] = useState(value);
  useEffect(() => {
    if (calm === value) return;
    const id = setTimeout(() => setCalm(value), delay);
    return () => clearTimeout(id);
  }, [value]);
  return calm;
}
