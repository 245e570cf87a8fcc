import type { Adapter } from './runner-core';

/** Adapter module per vector kind. apr-case.ts is written by the APR engineer; absent means "cannot run". */
const ADAPTER_MODULES: Record<string, string> = {
  schedule: './adapters/schedule-case.ts',
  payoff: './adapters/payoff-case.ts',
  apr: './adapters/apr-case.ts',
  'collection-log': './adapters/collection-log-case.ts',
  deadline: './adapters/deadline-case.ts',
};

const cache = new Map<string, Adapter | undefined>();

/** Loads a kind's adapter by dynamic import; undefined when the kind is unknown or its module is missing. */
export async function loadAdapter(kind: string): Promise<Adapter | undefined> {
  if (cache.has(kind)) return cache.get(kind);
  const path = Object.hasOwn(ADAPTER_MODULES, kind) ? ADAPTER_MODULES[kind] : undefined;
  let adapter: Adapter | undefined;
  if (path !== undefined) {
    try {
      const mod = (await import(/* @vite-ignore */ new URL(path, import.meta.url).href)) as { run?: unknown };
      if (typeof mod.run === 'function') adapter = mod.run as Adapter;
    } catch (error) {
      // Only a missing module means "not written yet"; anything else is a bug worth seeing.
      if (!/Cannot find module|ERR_MODULE_NOT_FOUND|Failed to load|does not exist/i.test(String(error))) throw error;
    }
  }
  cache.set(kind, adapter);
  return adapter;
}
