import type { CalcIssue, Outcome } from '../../lib/errors';

/**
 * The options of each choice field (radios, selects) of a tool, by form key. Values that come from outside
 * the form (a link, the language hand-off, saved inputs) are checked against them, so an unknown value
 * (`currency=ABCD`, `method=foo`) gets a message on its own field instead of crashing a formatter, being
 * silently replaced, or failing somewhere with nothing marked. Pure: the rules are unit-tested.
 */
export type Choices<K extends string> = Partial<Record<K, readonly string[]>>;

/** Splits values from outside into those accepted and the choices refused (with the text they held). */
export function screenChoices<K extends string>(found: Partial<Record<K, string>>, choices: Choices<K>): { accepted: Partial<Record<K, string>>; refused: Partial<Record<K, string>> } {
  const accepted: Partial<Record<K, string>> = {};
  const refused: Partial<Record<K, string>> = {};
  for (const [key, value] of Object.entries(found) as Array<[K, string]>) {
    const options = choices[key];
    if (options === undefined || options.includes(value)) accepted[key] = value;
    else refused[key] = value;
  }
  return { accepted, refused };
}

/** How much of a refused value the message repeats (a link may carry anything, of any length). */
const SHOWN_LENGTH = 24;

/** One issue per refused choice: `choice.unknown` {value} ("「foo」 is not one of the options"), or `choice.empty`. */
export function choiceIssues(refused: Readonly<Record<string, string | undefined>>): CalcIssue[] {
  return Object.entries(refused).flatMap(([field, value]): CalcIssue[] => {
    if (value === undefined) return [];
    if (value.trim() === '') return [{ field, code: 'choice.empty' }];
    const shown = value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH)}…` : value;
    return [{ field, code: 'choice.unknown', params: { value: shown } }];
  });
}

/**
 * No result while a choice is refused: a figure computed from a value the reader did not pick would look like
 * theirs. The refused choices come first, then whatever else the engine found, so the summary lists all at once.
 */
export function blockedByChoices<O extends Outcome<unknown>>(outcome: O | undefined, refused: readonly CalcIssue[]): O | undefined | { ok: false; issues: CalcIssue[] } {
  if (refused.length === 0) return outcome;
  return { ok: false, issues: [...refused, ...(outcome && !outcome.ok ? outcome.issues : [])] };
}
