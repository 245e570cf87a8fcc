import { describe, expect, it } from 'vitest';
import { parseRate } from '../../../../src/lib/parse';
import { buildSchedule, rateQuoteFrom } from '../../../../src/lib/schedule';
import { Dec } from '../../../../src/lib/money/decimal';

describe('rateQuoteFrom: typed rate → schedule', () => {
  it.each([
    ['年化18%', 360, 'annualPct 18'],
    ['月息1.5%', 360, 'monthlyPct 1.5'],
    ['日息万五', 360, 'dailyPct 0.05 dayBasis 360'],
    ['日息0.05%', 365, 'dailyPct 0.05 dayBasis 365'],
    ['月费率0.6%', 360, 'monthlyFeePct 0.6'],
    ['18%', 360, 'rate.periodRequired'],
  ] as const)('%j (%i-day basis) → %s', (text, basis, expected) => {
    const parsed = parseRate(text);
    if (!parsed.ok) throw new Error('parse failed');
    const q = rateQuoteFrom(parsed.value, basis);
    const shown = q.ok ? Object.entries(q.value).map(([k, v]) => `${k} ${String(v)}`).join(' ') : q.issues.map((i) => i.code).join();
    expect(shown).toBe(expected);
  });

  it('日息万五 on a 360-day basis prices like 18 % a year', () => {
    const parsed = parseRate('日息万五');
    const q = parsed.ok ? rateQuoteFrom(parsed.value) : undefined;
    if (q === undefined || !q.ok) throw new Error('expected a quote');
    const s = buildSchedule({ method: 'equal-installment', principal: new Dec('10000'), months: 12, rate: q.value });
    expect(s.ok ? s.value.rows[0]?.payment.toFixed(2) : 'issues').toBe('916.80');
  });
});
