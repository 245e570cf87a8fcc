import { useEffect, useState } from 'preact/hooks';

/**
 * Loads a module the first time it is `needed`, and keeps it. Lets an island ship only what a first
 * visit uses; the rest arrives when the reader reaches the feature that needs it.
 */
export function useLazyModule<T>(load: () => Promise<T>, needed: boolean): T | undefined {
  const [module, setModule] = useState<T | undefined>(undefined);
  useEffect(() => {
    if (!needed || module) return;
    let cancelled = false;
    void load().then((loaded) => {
      if (!cancelled) setModule(() => loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [needed]);
  return module;
}
