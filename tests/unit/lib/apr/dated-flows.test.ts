import { describe, expect, it } from 'vitest';
import { aprFromDatedFlows, type DatedFlow } from '../../../../src/lib/apr';
import { Dec } from '../../../../src/lib/money/decimal';
import { toDisplayPct } from '../../../../src/lib/money/rounding';

const flow = (date: string, amount: string): DatedFlow => ({ date, amount: new Dec(amount) });

describe('EU APRC (CCD Annex I, days/365)', () => {
  it('vector daily-01: 5,000 → 5,075 after 30 days = 19.86 % (oracle 19.85887048048253644757)', () => {
    const out = aprFromDatedFlows({ flows: [flow('2025-03-01', '5000'), flow('2025-03-31', '-5075')] });
    expect(out.ok && out.value.aprcPct.toFixed(20)).toBe('19.85887048048253644757');
    // Reg Z: the 30-day term is the unit-period: 1.5 % × 365/30 = 18.25 % exactly.
    expect(out.ok && out.value.regzAprPct.toFixed(20)).toBe('18.25000000000000000000');
    expect(out.ok && out.value.unitPeriod).toBe('term');
  });

  it('7-day loan at 日息 1 % (1,000 → 1,070): APR 365 %, effective = APRC = 1.07^(365/7) − 1 = 3305.29 %', () => {
    const out = aprFromDatedFlows({ flows: [flow('2025-03-01', '1000'), flow('2025-03-08', '-1070')] });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.value.regzAprPct.toFixed(20)).toBe('365.00000000000000000000');
    // oracle: 3305.29014986935609056521725…
    expect(out.value.effectivePct.toFixed(18)).toBe('3305.290149869356090565');
    expect(out.value.aprcPct.toFixed(18)).toBe('3305.290149869356090565');
    expect(out.value.totalCost.toFixed(2)).toBe('70.00');
  });

  it('fees taken at payout are netted on the first day (1,000 lent, 100 fee, 1,000 back after a month)', () => {
    const out = aprFromDatedFlows({ flows: [flow('2025-01-10', '1000'), flow('2025-01-10', '-100'), flow('2025-02-10', '-1000')] });
    expect(out.ok && out.value.unitPeriod).toBe('term');
    // 900 → 1,000 in one month: 11.11…% a month × 12
    expect(out.ok && toDisplayPct(out.value.regzAprPct).toFixed(2)).toBe('133.33');
    expect(out.ok && out.value.received.toFixed(2)).toBe('900.00');
    expect(out.ok && out.value.totalPaid.toFixed(2)).toBe('1000.00');
    expect(out.ok && out.value.totalCost.toFixed(2)).toBe('100.00');
  });

  it('dates are calendar days whatever the time zone: 2024-02-28 → 2024-03-01 is 2 days (leap year)', () => {
    const out = aprFromDatedFlows({ flows: [flow('2024-02-28', '1000'), flow('2024-03-01', '-1002')] });
    // 0.2 % over the 2-day term: 0.2 × 365/2 = 36.5 %
    expect(out.ok && out.value.regzAprPct.toFixed(10)).toBe('36.5000000000');
  });
});

describe('aprFromDatedFlows: issues', () => {
  const cases: [string, DatedFlow[], string][] = [
    ['one flow', [flow('2025-01-01', '100')], 'apr.flows.tooFew'],
    ['bad date', [flow('2025-02-30', '100'), flow('2025-03-30', '-110')], 'date.invalid'],
    ['not a date', [flow('1/2/2025', '100'), flow('2025-03-30', '-110')], 'date.invalid'],
    ['out of order', [flow('2025-03-01', '100'), flow('2025-02-01', '-110')], 'apr.flows.dateOrder'],
    ['all received', [flow('2025-01-01', '100'), flow('2025-02-01', '110')], 'apr.flows.sameSign'],
    ['all paid', [flow('2025-01-01', '-100'), flow('2025-02-01', '-110')], 'apr.flows.sameSign'],
    ['no money received first', [flow('2025-01-01', '-100'), flow('2025-02-01', '110')], 'apr.flows.startsWithPayment'],
    ['no time passes', [flow('2025-01-01', '100'), flow('2025-01-01', '-110')], 'apr.flows.sameDay'],
    ['NaN amount', [flow('2025-01-01', 'NaN'), flow('2025-02-01', '-110')], 'amount.invalid'],
    ['absurd', [flow('2025-01-01', '100'), flow('2025-01-08', '-100000')], 'apr.rate.tooHigh'],
  ];
  it.each(cases)('%s → %s', (_name, flows, code) => {
    const out = aprFromDatedFlows({ flows });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.issues.map((i) => i.code)).toContain(code);
  });

  it('several rates solve the equation → apr.multipleSolutions, not a guess', () => {
    // receive 100, pay 230, receive 132: NPV zero at 10 % and 20 % a year
    const out = aprFromDatedFlows({ flows: [flow('2020-01-01', '100'), flow('2021-01-01', '-230'), flow('2022-01-01', '132')] });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.issues[0]!.code).toBe('apr.multipleSolutions');
  });

  it('an unknown unit-period, and `term` for a multi-payment loan', () => {
    const flows = [flow('2025-01-01', '1000'), flow('2025-02-01', '-510'), flow('2025-03-01', '-510')];
    const unknown = aprFromDatedFlows({ flows, unitPeriod: 'fortnight' as never });
    expect(!unknown.ok && unknown.issues[0]!.code).toBe('apr.unitPeriod.unknown');
    const term = aprFromDatedFlows({ flows, unitPeriod: 'term' });
    expect(!term.ok && term.issues[0]!.code).toBe('apr.unitPeriod.termNeedsSinglePayment');
  });
});
