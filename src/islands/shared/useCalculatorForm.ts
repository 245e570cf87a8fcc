import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

interface Options<K extends string> {
  /** localStorage key, versioned: 'mz:apr:v1'. Used only when the reader asks to remember inputs. */
  storageKey: string;
  /** Every input as raw text, also the URL query parameter names (stable: links in the wild use them). */
  defaults: Readonly<Record<K, string>>;
}

export interface CalculatorForm<K extends string> {
  /** What the reader typed, raw. */
  values: Record<K, string>;
  /**
   * The values calculations run on. The same as `values`: the engine answers a 360-row schedule or a
   * 20-debt plan within the keystroke (bench:ui), so results follow typing at once. Kept as its own name
   * so a calculator can still defer heavy extras (tables, charts) behind a pause of its own.
   */
  settled: Record<K, string>;
  set: (key: K, value: string) => void;
  setMany: (changes: Partial<Record<K, string>>) => void;
  /** Format problems show after the reader leaves a field, never while they type. */
  touched: ReadonlySet<K>;
  touch: (key: K) => void;
  submitted: boolean;
  /** Increments on each submit, so the error summary can take focus again. */
  submitCount: number;
  submit: () => void;
  remember: boolean;
  setRemember: (on: boolean) => void;
  /** Clears saved inputs from this device and restores the defaults. */
  forget: () => void;
}

const readQuery = <K extends string>(keys: readonly K[]): Partial<Record<K, string>> => {
  const params = new URLSearchParams(window.location.search);
  const found: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = params.get(key);
    if (value !== null) found[key] = value;
  }
  return found;
};

const readSaved = <K extends string>(storageKey: string, keys: readonly K[]): Partial<Record<K, string>> | undefined => {
  try {
    const saved = JSON.parse(window.localStorage.getItem(storageKey) ?? 'null') as Record<string, unknown> | null;
    if (!saved || typeof saved !== 'object') return undefined;
    return Object.fromEntries(keys.filter((k) => typeof saved[k] === 'string').map((k) => [k, saved[k]])) as Partial<Record<K, string>>;
  } catch {
    return undefined; // storage blocked or corrupt: behave as if nothing was saved
  }
};

/**
 * Shared state of a calculator form: raw inputs, URL sync (every input in the query string, so a
 * link reproduces the result), opt-in saving on this device, and when to show errors.
 * The server render uses the defaults; the URL (or saved inputs) are applied after hydration.
 */
export function useCalculatorForm<K extends string>({ storageKey, defaults }: Options<K>): CalculatorForm<K> {
  const keys = Object.keys(defaults) as K[];
  const [values, setValues] = useState<Record<K, string>>({ ...defaults });
  const [touched, setTouched] = useState<ReadonlySet<K>>(new Set());
  const [submitCount, setSubmitCount] = useState(0);
  const [remember, setRememberState] = useState(false);
  const loaded = useRef(false);

  // A layout effect runs in the hydration task itself, before the browser handles any input: with a plain
  // effect, a reader who types in the moment after hydration had the text replaced by these start values.
  useLayoutEffect(() => {
    const fromUrl = readQuery(keys);
    const saved = readSaved(storageKey, keys);
    // A shared link wins over saved inputs; what it leaves out takes the defaults (choices keep a valid value).
    const start = { ...defaults, ...(Object.keys(fromUrl).length ? fromUrl : (saved ?? {})) };
    setValues(start);
    setRememberState(saved !== undefined);
    if (Object.keys(fromUrl).length) setTouched(new Set(keys));
    loaded.current = true;
  }, []);

  useEffect(() => {
    if (!loaded.current) return;
    const params = new URLSearchParams();
    for (const key of keys) if (values[key] !== '') params.set(key, values[key]);
    const query = params.toString();
    window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
    if (remember) {
      try {
        window.localStorage.setItem(storageKey, JSON.stringify(values));
      } catch {
        /* storage full or blocked: remembering is a convenience, the calculator still works */
      }
    }
  }, [values, remember]);

  const set = useCallback((key: K, value: string) => setValues((v) => ({ ...v, [key]: value })), []);
  const setMany = useCallback((changes: Partial<Record<K, string>>) => setValues((v) => ({ ...v, ...changes })), []);
  const touch = useCallback((key: K) => setTouched((t) => (t.has(key) ? t : new Set([...t, key]))), []);
  const submit = useCallback(() => {
    setTouched(new Set(keys));
    setSubmitCount((n) => n + 1);
  }, [values]);
  const setRemember = useCallback(
    (on: boolean) => {
      setRememberState(on);
      if (!on) safelyRemove(storageKey);
    },
    [storageKey],
  );
  const forget = useCallback(() => {
    safelyRemove(storageKey);
    setRememberState(false);
    setValues({ ...defaults });
    setTouched(new Set());
    setSubmitCount(0);
  }, [storageKey]);

  return { values, settled: values, set, setMany, touched, touch, submitted: submitCount > 0, submitCount, submit, remember, setRemember, forget };
}

function safelyRemove(key: string) {
  try {
    window.localStorage.removeItem(key);
  } catch {
    /* nothing saved that we can reach */
  }
}
