import { EngineError } from '../errors';
import { Dec } from '../money/decimal';
import { decFromFen, fenOf } from '../money/fen';
import type { CoreRow, FenRow } from './types';

/**
 * Schedules are computed in whole fen (money/fen.ts): every figure is a whole number of fen below
 * 2^52, so +, − and periodInterestFen are exact, and the rows are the very figures the decimal rules
 * give. These two helpers are the border between the integers and the Dec figures the rows carry.
 */

/** A validated amount (≤ 2 decimals, ≤ 10^12 yuan) in whole fen; anything else is an engine bug. */
export function wholeFen(x: Dec): number {
  const fen = fenOf(x);
  if (fen === undefined) throw new EngineError(`not a whole number of fen: ${x.toFixed()}`);
  return fen;
}

/** A figure past the exact range (fen NaN) is left NaN here, for its method to fill in from the decimal rule. */
const figureOf = (fen: number): Dec => (Number.isNaN(fen) ? NOT_IN_FEN : decFromFen(fen));
const NOT_IN_FEN = new Dec(Number.NaN);

/** Rows in fen → CoreRows; a figure equal to the one above it in its column shares that Dec (Decs are immutable). */
export function coreRowsOfFen(rows: readonly FenRow[]): CoreRow[] {
  const out = new Array<CoreRow>(rows.length);
  let prev: CoreRow | undefined;
  for (let k = 0; k < rows.length; k++) {
    const fen = rows[k]!;
    const row: CoreRow = {
      principal: prev?.fen?.principal === fen.principal ? prev.principal : figureOf(fen.principal),
      interest: prev?.fen?.interest === fen.interest ? prev.interest : figureOf(fen.interest),
      balance: prev?.fen?.balance === fen.balance ? prev.balance : figureOf(fen.balance),
      fen,
    };
    out[k] = row;
    prev = row;
  }
  return out;
}
