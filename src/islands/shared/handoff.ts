/**
 * Keeps a tool's inputs across a switch of language without putting them in the
 * address: a click on the language switcher leaves them in this tab's sessionStorage, the page in the other
 * language takes them once at hydration and deletes them. Stale hand-offs (a minute) are ignored.
 */
const HANDOFF_KEY = 'mz:handoff';
const HANDOFF_MAX_AGE_MS = 60_000;

interface Handoff {
  tool: string;
  values: Record<string, string>;
  at: number;
}

export function leaveHandoff(tool: string, values: Readonly<Record<string, string>>): void {
  try {
    window.sessionStorage.setItem(HANDOFF_KEY, JSON.stringify({ tool, values, at: Date.now() } satisfies Handoff));
  } catch {
    /* storage blocked: the other page starts empty, as before */
  }
}

/** The inputs handed over to this tool, once (the hand-off is deleted whatever it held). */
export function takeHandoff(tool: string): Record<string, string> | undefined {
  try {
    const raw = window.sessionStorage.getItem(HANDOFF_KEY);
    if (raw === null) return undefined;
    window.sessionStorage.removeItem(HANDOFF_KEY);
    const handoff = JSON.parse(raw) as Partial<Handoff> | null;
    if (!handoff || handoff.tool !== tool || typeof handoff.at !== 'number' || Date.now() - handoff.at > HANDOFF_MAX_AGE_MS) return undefined;
    if (!handoff.values || typeof handoff.values !== 'object') return undefined;
    return Object.fromEntries(Object.entries(handoff.values).filter(([, v]) => typeof v === 'string'));
  } catch {
    return undefined;
  }
}

export function dropHandoff(): void {
  try {
    window.sessionStorage.removeItem(HANDOFF_KEY);
  } catch {
    /* nothing we can reach */
  }
}

/** Calls `leave` when the reader follows a link of the language switcher (links with `data-locale-switch`). */
export function onLocaleSwitch(leave: () => void): () => void {
  const listener = (event: Event) => {
    const target = event.target instanceof Element ? event.target.closest('a[data-locale-switch]') : null;
    if (target) leave();
  };
  document.addEventListener('click', listener, true);
  return () => document.removeEventListener('click', listener, true);
}
