import { success, type Outcome } from '../../../src/lib/errors';
import { buildSchedule, type RateQuote, type RepaymentMethod } from '../../../src/lib/schedule';
import { decField, guarded, intField, isRecord, onlyKeys, ShapeError } from './shape';

const METHODS: RepaymentMethod[] = ['equal-installment', 'equal-principal', 'interest-only', 'flat-fee', 'bullet'];

function rateQuote(raw: unknown): RateQuote {
  if (!isRecord(raw)) throw new ShapeError('rate is not an object');
  if ('annualPct' in raw) return onlyKeys(raw, ['annualPct']), { annualPct: decField(raw, 'annualPct') };
  if ('monthlyPct' in raw) return onlyKeys(raw, ['monthlyPct']), { monthlyPct: decField(raw, 'monthlyPct') };
  if ('monthlyFeePct' in raw) return onlyKeys(raw, ['monthlyFeePct']), { monthlyFeePct: decField(raw, 'monthlyFeePct') };
  if ('dailyPct' in raw) {
    onlyKeys(raw, ['dailyPct', 'dayBasis']);
    const dayBasis = raw['dayBasis'];
    if (dayBasis !== 360 && dayBasis !== 365) throw new ShapeError('dayBasis is not 360 or 365');
    return { dailyPct: decField(raw, 'dailyPct'), dayBasis };
  }
  throw new ShapeError('unknown rate kind');
}

/**
 * Vector kind `schedule` → buildSchedule. Figures as full-precision strings: firstPayment, lastPayment,
 * totalInterest, totalPaid, aprPct (nominal annual %), effectivePct, and totalFee for flat-fee quotes.
 */
export function run(input: unknown): Outcome<Record<string, unknown>> {
  return guarded(() => {
    if (!isRecord(input)) throw new ShapeError('input is not an object');
    onlyKeys(input, ['method', 'principal', 'months', 'rate', 'periodicFee']);
    const method = input['method'];
    if (typeof method !== 'string' || !(METHODS as string[]).includes(method)) throw new ShapeError('unknown method');
    const s = buildSchedule({
      method: method as RepaymentMethod,
      principal: decField(input, 'principal'),
      months: intField(input, 'months'),
      rate: rateQuote(input['rate']),
      ...('periodicFee' in input ? { periodicFee: decField(input, 'periodicFee') } : {}),
    });
    if (!s.ok) return s;
    const { rows, totals } = s.value;
    const figures: Record<string, unknown> = {
      firstPayment: rows[0]?.payment.toFixed(),
      lastPayment: rows.at(-1)?.payment.toFixed(),
      totalInterest: totals.interest.toFixed(),
      totalPaid: totals.payment.toFixed(),
      aprPct: s.value.nominalAnnualPct.toFixed(),
      effectivePct: s.value.effectiveAnnualPct.toFixed(),
    };
    if (method === 'flat-fee') figures['totalFee'] = totals.interest.plus(totals.fee).toFixed();
    return success(figures);
  });
}
