import { failure, success, type Outcome } from '../errors';
import { Dec } from '../money/decimal';
import history from './lpr-history.json';

/** One LPR value and where it comes from. */
export interface LprValue {
  /** One-year LPR in percent ('3.85' = 3.85 %). */
  ratePct: Dec;
  /** Fixing date from which it is in force, 'YYYY-MM-DD'. */
  effectiveFrom: string;
  confidence: 'primary' | 'secondary';
  /** Outlets the value was read in (data, shown as citations). */
  sources: readonly string[];
}

/** What the data knows: the first value's date, the last fixing confirmed, and the last day that value surely held. */
export const LPR_COVERAGE = { knownFrom: history.knownFrom, asOf: history.asOf, knownThrough: history.knownThrough } as const;

const ENTRIES: readonly LprValue[] = history.entries.map((e) => ({
  ratePct: new Dec(e.ratePct),
  effectiveFrom: e.effectiveFrom,
  confidence: e.confidence as 'primary' | 'secondary',
  sources: e.sources,
}));

/** The last fixing the data holds (for contract dates after the data ends, as a labelled assumption). */
export const latestLpr = (): LprValue => ENTRIES[ENTRIES.length - 1]!;

/**
 * The one-year LPR in force on `date` ('YYYY-MM-DD'; ISO strings compare in date order). A value fixed
 * on the 20th applies from that day. Dates before the first entry, or after `knownThrough` (the day
 * before the next fixing after the last confirmed one), are unknown: the engine has no clock and
 * does not guess. Issue: `legal.lpr.unknownForDate` {date, knownFrom, knownThrough}.
 * @example lprOn('2023-07-01') // => ok, ratePct '3.55', effectiveFrom '2023-06-20'
 */
export function lprOn(date: string): Outcome<LprValue> {
  if (date < history.knownFrom || date > history.knownThrough) {
    return failure({
      field: 'contractDate',
      code: 'legal.lpr.unknownForDate',
      params: { date, knownFrom: history.knownFrom, knownThrough: history.knownThrough },
    });
  }
  let current = ENTRIES[0]!;
  for (const entry of ENTRIES) if (entry.effectiveFrom <= date) current = entry;
  return success(current);
}
