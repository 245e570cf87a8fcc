/**
 * The court-deadline and limitation tool's form: raw text in (every key is also the link parameter), engine calls
 * out (deadlines-form.ts). Names and helpers only, without the engine, so the form hydrates first.
 *
 * Link parameters (stable; links in the wild depend on them):
 * - mode: court | limitation
 * - court mode: document (complaint | payment-order | judgment | ruling), receivedOn (a date as typed)
 * - limitation mode: event (due | paid | demand), eventOn (a date as typed)
 */
export const DEADLINES_DEFAULTS = {
  mode: 'court',
  document: 'complaint',
  receivedOn: '',
  event: 'paid',
  eventOn: '',
} as const;
export type DeadlinesField = keyof typeof DEADLINES_DEFAULTS;
export type DeadlinesValues = Record<DeadlinesField, string>;

export const MODES = ['court', 'limitation'] as const;
export type Mode = (typeof MODES)[number];
/** The engine's ids, repeated here so the form does not import the engine (documents.ts, limitation.ts; a unit test keeps them equal). */
export const DOCUMENTS = ['complaint', 'payment-order', 'judgment', 'ruling'] as const;
export const EVENTS = ['due', 'paid', 'demand'] as const;
export type DocumentId = (typeof DOCUMENTS)[number];
export type EventId = (typeof EVENTS)[number];

/** The options of the choice fields: a link's value outside them is refused on its field (shared/choices.ts). */
export const DEADLINES_CHOICES = { mode: MODES, document: DOCUMENTS, event: EVENTS } as const satisfies Partial<Record<DeadlinesField, readonly string[]>>;

/** An unknown value (a mangled link) reads as the default. */
export const modeOf = (v: string): Mode => MODES.find((m) => m === v) ?? 'court';
export const documentOf = (v: string): DocumentId => DOCUMENTS.find((d) => d === v) ?? 'complaint';
export const eventOf = (v: string): EventId => EVENTS.find((e) => e === v) ?? 'paid';

/** The device's calendar day, 'YYYY-MM-DD' (the reader's own today, in their time zone). */
export function localToday(now: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(now.getFullYear(), 4)}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
