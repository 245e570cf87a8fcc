import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { STORAGE_KEYS, toolById, type ToolId } from '../../tools';
import { dropHandoff, leaveHandoff, onLocaleSwitch, takeHandoff } from './handoff';
import { afterPointerRelease, watchPointer } from './pointer';
import { inputsFromLink, shareLink } from './share-link';
import { choiceIssues, screenChoices, type Choices } from './choices';
import type { CalcIssue } from '../../lib/errors';

interface Options<K extends string> {
  /** The registry id: names the saved inputs and the hand-off between languages. */
  tool: ToolId;
  /** Every input as raw text; the keys are also the link parameter names (stable: links in the wild use them). */
  defaults: Readonly<Record<K, string>>;
  /** The options of each choice field (radios, selects): a value from outside that is not one of them is refused. */
  choices?: Choices<K>;
}

export interface CalculatorForm<K extends string> {
  /** What the reader typed, raw; calculations run on these at once (bench:ui keeps that within the keystroke). */
  values: Record<K, string>;
  set: (key: K, value: string) => void;
  setMany: (changes: Partial<Record<K, string>>) => void;
  /**
   * A field the reader left holding text: its problems may show now. `id` is a form key or the id of an input
   * inside one (a debt cell, a flow row); an empty field is never marked (GOV.UK: no error for a field only
   * passed through), and the mark waits for a tap in progress to land (so no control moves under the finger).
   */
  touch: (id: string, text: string) => void;
  /** Moves or drops marks when rows move (a removed debt row). */
  mapTouched: (map: (id: string) => string[]) => void;
  /** Whether a field's problem is shown: after a submit or on a shared link, or once left holding text. */
  shows: (id: string, text: string) => boolean;
  submitted: boolean;
  /** Increments on each submit, so the error summary can take focus again. */
  submitCount: number;
  submit: () => void;
  remember: boolean;
  setRemember: (on: boolean) => void;
  /** Clears every tool's saved inputs from this device and restores the defaults. */
  forget: () => void;
  /** A link to our tool page with the current inputs in the fragment; built only when the reader asks. */
  shareUrl: () => string;
  /**
   * Choices a link or the hand-off gave with a value that is not an option, with that text, until the reader
   * picks one. The value in `values` is the default (engines, saving and links never see the unknown text);
   * the control shows nothing picked and the field its message (`choiceIssues`).
   */
  refused: Partial<Record<K, string>>;
  /** `choice.unknown` / `choice.empty` issues for the refused choices, to list with the engine's (choices.ts). */
  choiceIssues: CalcIssue[];
  /** Saved inputs on this device failed the checks (an old version, a bad link remembered) and were deleted. */
  savedDropped: boolean;
}

const readSaved = <K extends string>(storageKey: string, keys: readonly K[]): Partial<Record<K, string>> | undefined => {
  try {
    const saved = JSON.parse(window.localStorage.getItem(storageKey) ?? 'null') as Record<string, unknown> | null;
    if (!saved || typeof saved !== 'object') return undefined;
    return Object.fromEntries(keys.filter((k) => typeof saved[k] === 'string').map((k) => [k, saved[k]])) as Partial<Record<K, string>>;
  } catch {
    return undefined; // storage blocked or corrupt: behave as if nothing was saved
  }
};

const only = <K extends string>(found: Record<string, string> | undefined, keys: readonly K[]): Partial<Record<K, string>> =>
  Object.fromEntries(keys.filter((k) => typeof found?.[k] === 'string').map((k) => [k, found?.[k]])) as Partial<Record<K, string>>;

/**
 * Shared state of a tool's form: raw inputs, when problems show, opt-in saving on this device, share links.
 * Privacy: the address never holds an input while the reader types. At hydration the inputs come
 * from a link (its #fragment, or an old ?query), else from a language switch, else from saved inputs; a
 * link's inputs are then taken out of the address and out of this history entry.
 */
export function useCalculatorForm<K extends string>({ tool, defaults, choices = {} }: Options<K>): CalculatorForm<K> {
  const keys = Object.keys(defaults) as K[];
  const { storageKey } = toolById(tool);
  const [values, setValues] = useState<Record<K, string>>({ ...defaults });
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [fromLink, setFromLink] = useState(false);
  const [submitCount, setSubmitCount] = useState(0);
  const [remember, setRememberState] = useState(false);
  const [refused, setRefused] = useState<Partial<Record<K, string>>>({});
  const [savedDropped, setSavedDropped] = useState(false);
  const loaded = useRef(false);
  const latest = useRef(values);
  latest.current = values;

  // A layout effect runs in the hydration task itself, before the browser handles any input: with a plain
  // effect, a reader who types in the moment after hydration had the text replaced by these start values.
  useLayoutEffect(() => {
    watchPointer();
    const linked = inputsFromLink(window.location, keys);
    const handedOver = only(takeHandoff(tool), keys);
    let saved = readSaved(storageKey, keys);
    const isLink = Object.keys(linked).length > 0;
    if (isLink || window.location.search !== '' || window.location.hash !== '') {
      window.history.replaceState(null, '', window.location.pathname);
    }
    // Saved inputs that fail the checks are deleted, and the page says so: kept, they would break every visit.
    if (saved !== undefined && Object.keys(screenChoices(saved, choices).refused).length > 0) {
      safelyRemove(storageKey);
      saved = undefined;
      setSavedDropped(true);
    }
    // A shared link wins; what it leaves out takes the defaults. A choice it gives that is not an option keeps
    // the default value and is marked on its field until the reader picks one.
    const outside = screenChoices(isLink ? linked : Object.keys(handedOver).length ? handedOver : (saved ?? {}), choices);
    setValues({ ...defaults, ...outside.accepted });
    setRefused(outside.refused);
    setRememberState(saved !== undefined);
    setFromLink(isLink);
    loaded.current = true;
    return onLocaleSwitch(() => leaveHandoff(tool, latest.current));
  }, []);

  useEffect(() => {
    if (!loaded.current || !remember) return;
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(values));
    } catch {
      /* storage full or blocked: remembering is a convenience, the tool still works */
    }
  }, [values, remember]);

  // A value the reader sets replaces whatever a link had refused there.
  const clearRefused = (changed: readonly string[]) =>
    setRefused((r) => (changed.some((k) => k in r) ? (Object.fromEntries(Object.entries(r).filter(([k]) => !changed.includes(k))) as Partial<Record<K, string>>) : r));
  const set = useCallback((key: K, value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    clearRefused([key]);
  }, []);
  const setMany = useCallback((changes: Partial<Record<K, string>>) => {
    setValues((v) => ({ ...v, ...changes }));
    clearRefused(Object.keys(changes));
  }, []);
  const touch = useCallback((id: string, text: string) => {
    if (text.trim() === '') return;
    afterPointerRelease(() => setTouched((t) => (t.has(id) ? t : new Set([...t, id]))));
  }, []);
  const mapTouched = useCallback((map: (id: string) => string[]) => setTouched((t) => new Set([...t].flatMap(map))), []);
  const submitted = submitCount > 0;
  // A refused choice shows at once, whether it came from a link or the hand-off: nothing else marks it.
  const shows = (id: string, text: string) => submitted || id in refused || (text.trim() !== '' && (fromLink || touched.has(id)));
  const submit = useCallback(() => setSubmitCount((n) => n + 1), []);
  const setRemember = useCallback(
    (on: boolean) => {
      setRememberState(on);
      if (!on) safelyRemove(storageKey);
    },
    [storageKey],
  );
  const forget = useCallback(() => {
    for (const key of STORAGE_KEYS) safelyRemove(key);
    dropHandoff();
    setRememberState(false);
    setValues({ ...defaults });
    setRefused({});
    setSavedDropped(false);
    setTouched(new Set());
    setFromLink(false);
    setSubmitCount(0);
  }, []);
  const shareUrl = useCallback(() => shareLink(window.location.origin, window.location.pathname, latest.current), []);

  const issues = useMemo(() => choiceIssues(refused), [refused]);

  return { values, set, setMany, touch, mapTouched, shows, submitted, submitCount, submit, remember, setRemember, forget, shareUrl, refused, choiceIssues: issues, savedDropped };
}

function safelyRemove(key: string) {
  try {
    window.localStorage.removeItem(key);
  } catch {
    /* nothing saved that we can reach */
  }
}
