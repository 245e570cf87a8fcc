import type { Dec } from '../money/decimal';
import type { PayoffStrategy } from './types';

/** What a strategy may look at when it picks the next target: the debt's current state. */
export interface OpenDebt {
  index: number;
  balance: Dec;
  aprPct: Dec;
}

/**
 * Avalanche 雪崩法: highest aprPct first; tie → lower current balance; tie → input order.
 * Pays the least interest in exact arithmetic (fen rounding can break ties; see payoff.prop.test.ts).
 */
export const avalancheCompare = (a: OpenDebt, b: OpenDebt): number =>
  b.aprPct.comparedTo(a.aprPct) || a.balance.comparedTo(b.balance) || a.index - b.index;

/** Snowball 雪球法: lowest current balance first; tie → higher aprPct; tie → input order. */
export const snowballCompare = (a: OpenDebt, b: OpenDebt): number =>
  a.balance.comparedTo(b.balance) || b.aprPct.comparedTo(a.aprPct) || a.index - b.index;

/**
 * Order in which the extra money (budget minus minimums) is spent this month, as debt indices.
 * Deterministic: the tie-breaks above, re-evaluated each month on current balances; `custom` follows
 * `customOrder` as given; `minimums` has no target (returns []).
 * @example targetOrder('snowball', [{ index: 0, balance: new Dec(5), aprPct: new Dec(1) }]) // => [0]
 */
export function targetOrder(strategy: PayoffStrategy, open: OpenDebt[], customOrder: readonly number[] = []): number[] {
  switch (strategy) {
    case 'avalanche':
      return [...open].sort(avalancheCompare).map((d) => d.index);
    case 'snowball':
      return [...open].sort(snowballCompare).map((d) => d.index);
    case 'custom': {
      const isOpen = new Set(open.map((d) => d.index));
      return customOrder.filter((i) => isOpen.has(i));
    }
    case 'minimums':
      return [];
  }
}
