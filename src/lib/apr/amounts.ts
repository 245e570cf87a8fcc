import type { CalcIssue } from '../errors';
import type { Dec } from '../money/decimal';
import { MAX_AMOUNT } from './limits';

/** Issues for one amount: finite, within ±10^12, and (optionally) positive / not negative. */
export function amountIssues(field: string, value: Dec, rule: 'positive' | 'notNegative' | 'any'): CalcIssue[] {
  if (!value.isFinite()) return [{ field, code: 'amount.invalid' }];
  if (value.abs().gt(MAX_AMOUNT)) return [{ field, code: 'amount.tooLarge', params: { max: MAX_AMOUNT.toFixed() } }];
  if (rule === 'positive' && !value.gt(0)) return [{ field, code: 'amount.notPositive' }];
  if (rule !== 'any' && value.lt(0)) return [{ field, code: 'amount.negative' }];
  return [];
}

