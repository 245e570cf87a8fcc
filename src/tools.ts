/**
 * THE tool registry: every tool the site offers, once. Derived from it: the tool pages
 * (/{locale}/tools/{id}/), the embed routes (/embed/{locale}/{id}/), the tools index, the widgets page and
 * embed.js, each tool's entry in the search index, the related articles under each tool (the articles
 * whose frontmatter `tools` lists it), the frontmatter schema's tool ids, and the per-tool browser tests.
 *
 * A new tool is: an engine folder (src/lib/<area>/), an island folder (src/islands/<id>/ with Island.astro,
 * About.astro, the Preact component, its CSS), one entry here, and its strings (src/i18n/ui/<area>/ and
 * `tools.<id>.name` / `tools.<id>.summary`). README "How to add… a tool" lists every step.
 * Plain data (no Astro, no Preact): unit and browser tests import it too.
 */
export interface ToolEntry {
  id: string;
  /** calculator: figures from inputs · record: the reader keeps a log · writer: the reader gets a text. */
  kind: 'calculator' | 'record' | 'writer';
  /** Dictionary prefixes the island receives (pickMessages): nothing else of the dictionaries reaches the browser. */
  messages: readonly string[];
  /** The island's stylesheet, in its folder and imported by its component, so pages and embeds both get it. */
  styles: string;
  /** Saved inputs (only when the reader asks) live under this localStorage key. Versioned. */
  storageKey: string;
  /** Whether /embed/{locale}/{id}/ exists. */
  embed: boolean;
}

export const TOOLS = [
  {
    id: 'apr',
    kind: 'calculator',
    messages: ['calc.common.', 'calc.apr.', 'issue.'],
    styles: 'apr.css',
    storageKey: 'mz:apr:v1',
    embed: true,
  },
  {
    id: 'schedule',
    kind: 'calculator',
    messages: ['calc.common.', 'calc.schedule.', 'issue.'],
    styles: 'schedule.css',
    storageKey: 'mz:schedule:v1',
    embed: true,
  },
  {
    id: 'payoff',
    kind: 'calculator',
    messages: ['calc.common.', 'calc.payoff.', 'issue.'],
    styles: 'payoff.css',
    storageKey: 'mz:payoff:v1',
    embed: true,
  },
  {
    id: 'deadlines',
    kind: 'calculator',
    messages: ['calc.common.', 'deadlines.', 'issue.'],
    styles: 'deadlines.css',
    storageKey: 'mz:deadlines:v1',
    embed: true,
  },
  {
    id: 'collection-log',
    kind: 'record',
    // The rules' words and sources (collection.), the entry problems (issue.collection.), the form's shared words.
    messages: ['calc.common.', 'collection.', 'issue.collection.'],
    styles: 'collection-log.css',
    // Unused: the log lives in IndexedDB (src/islands/collection-log/store.ts), not with the saved inputs, so the
    // calculators' "forget" never erases it; the key is reserved so no other tool takes it.
    storageKey: 'mz:collection-log:v1',
    embed: true,
  },
  {
    id: 'letters',
    kind: 'writer',
    messages: ['calc.common.', 'letters.', 'issue.letters.', 'issue.choice.'],
    styles: 'letters.css',
    storageKey: 'mz:letters:v1',
    embed: true,
  },
] as const satisfies readonly ToolEntry[];

export type ToolId = (typeof TOOLS)[number]['id'];
/** A non-empty tuple, as zod's enum wants (frontmatter `tools`). */
export const TOOL_IDS = TOOLS.map((tool) => tool.id) as unknown as readonly [ToolId, ...ToolId[]];
export const EMBEDDABLE_TOOL_IDS = TOOLS.filter((tool) => tool.embed).map((tool) => tool.id) as ToolId[];

export const isToolId = (value: unknown): value is ToolId => (TOOL_IDS as readonly unknown[]).includes(value);

export function toolById(id: ToolId): ToolEntry {
  const tool = TOOLS.find((t) => t.id === id);
  if (!tool) throw new Error(`[tools] unknown tool id "${id}"; known: ${TOOL_IDS.join(', ')}`);
  return tool;
}

/** Every saved-inputs key, so "forget" on any tool clears them all. */
export const STORAGE_KEYS: readonly string[] = TOOLS.map((tool) => tool.storageKey);

export const toolPath = (locale: string, id: ToolId): string => `/${locale}/tools/${id}/`;
export const embedPath = (locale: string, id: ToolId): string => `/embed/${locale}/${id}/`;
