import { flagEvents } from './flags';
import { RULE_CODES, type ContactEvent, type RuleCode } from './types';

/** Events that broke each rule; every code present, zeros included, in RULE_CODES order. */
export type RuleCounts = Record<RuleCode, number>;

export interface CollectorSummary {
  collector: string;
  events: number;
  /** Events with at least one flag. */
  flaggedEvents: number;
  byRule: RuleCounts;
}

export interface DaySummary {
  /** 'YYYY-MM-DD', local as entered. */
  date: string;
  events: number;
  flaggedEvents: number;
  byRule: RuleCounts;
}

export interface CollectionSummary {
  /** First and last calendar day with an entry; absent for an empty log. */
  period?: { from: string; through: string };
  events: number;
  flaggedEvents: number;
  byRule: RuleCounts;
  /** One row per collector, in order of their first contact in time (ties: input order). */
  byCollector: CollectorSummary[];
  /** One row per day with an entry, oldest first. */
  byDay: DaySummary[];
}

const zeroCounts = (): RuleCounts => Object.fromEntries(RULE_CODES.map((c) => [c, 0])) as RuleCounts;

/**
 * Counts for the evidence report: per rule, per collector and per day. A count is of events, so an event that
 * breaks two rules adds one to each rule but one to `flaggedEvents`. Expects validated events.
 * @example summarizeLog(events).byRule['night'] // => 2
 */
export function summarizeLog(events: readonly ContactEvent[], flags: readonly (readonly RuleCode[])[] = flagEvents(events)): CollectionSummary {
  const order = events.map((e, i) => ({ e, f: flags[i] ?? [] })).sort((a, b) => (a.e.at < b.e.at ? -1 : a.e.at > b.e.at ? 1 : 0));
  const total = { events: 0, flaggedEvents: 0, byRule: zeroCounts() };
  const collectors = new Map<string, CollectorSummary>();
  const days = new Map<string, DaySummary>();
  for (const { e, f } of order) {
    const collector = e.collector.trim();
    const date = e.at.slice(0, 10);
    let c = collectors.get(collector);
    if (c === undefined) collectors.set(collector, (c = { collector, events: 0, flaggedEvents: 0, byRule: zeroCounts() }));
    let d = days.get(date);
    if (d === undefined) days.set(date, (d = { date, events: 0, flaggedEvents: 0, byRule: zeroCounts() }));
    for (const row of [total, c, d]) {
      row.events++;
      if (f.length > 0) row.flaggedEvents++;
      for (const code of new Set(f)) row.byRule[code]++;
    }
  }
  const byDay = [...days.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  const first = byDay[0];
  const last = byDay[byDay.length - 1];
  return {
    ...(first !== undefined && last !== undefined ? { period: { from: first.date, through: last.date } } : {}),
    ...total,
    byCollector: [...collectors.values()],
    byDay,
  };
}
