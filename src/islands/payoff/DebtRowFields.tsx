import type { DebtRow } from './payoff-form';

/**
 * One input of a debt row. Rendered with the shared `Field` (label → hint → error → input), with the row
 * number read before the label ("第 2 笔债务 余额") and no `name`: the rows travel in the `debts` parameter.
 */
export type DebtCell = keyof DebtRow;
