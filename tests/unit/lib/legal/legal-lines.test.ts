import { describe, expect, it } from 'vitest';
import { checkLegalLines, legalSources, lprOn, LPR_COVERAGE, type LegalVerdict } from '../../../../src/lib/legal';
import history from '../../../../src/lib/legal/lpr-history.json';

/** A date after the LPR data ends, whatever the data's last fixing (no refresh breaks the tests). */
const afterData = new Date(Date.parse(`${history.knownThrough}T00:00:00Z`) + 40 * 86_400_000).toISOString().slice(0, 10);
import { Dec } from '../../../../src/lib/money/decimal';

const line = (v: LegalVerdict, id: string) => v.lines.find((l) => l.id === id)!;

describe('LPR history (docs/fact-sheet.md §2.4)', () => {
  it.each([
    ['2020-08-20', '3.85', '2020-04-20'],
    ['2021-12-19', '3.85', '2020-04-20'],
    ['2021-12-20', '3.80', '2021-12-20'],
    ['2022-01-20', '3.70', '2022-01-20'],
    ['2022-08-21', '3.70', '2022-01-20'],
    ['2022-08-22', '3.65', '2022-08-22'],
    ['2023-06-20', '3.55', '2023-06-20'],
    ['2023-08-21', '3.45', '2023-08-21'],
    ['2024-07-22', '3.35', '2024-07-22'],
    ['2024-10-21', '3.10', '2024-10-21'],
    ['2025-05-19', '3.10', '2024-10-21'],
    ['2025-05-20', '3.00', '2025-05-20'],
  ])('on %s the one-year LPR is %s %% (fixed %s)', (date, rate, from) => {
    const out = lprOn(date);
    expect(out.ok && out.value.ratePct.toFixed(2)).toBe(rate);
    expect(out.ok && out.value.effectiveFrom).toBe(from);
  });

  // The rules, not today's data: a monthly refresh of lpr-history.json must break none of these.
  const dayAfter = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const last = history.entries.at(-1)!;

  it('each fixing holds from its date to the day before the next one; the last holds through knownThrough', () => {
    history.entries.forEach((entry, i) => {
      const next = history.entries[i + 1];
      const end = next ? dayBefore(next.effectiveFrom) : history.knownThrough;
      for (const date of [entry.effectiveFrom, end]) {
        const out = lprOn(date);
        expect(out.ok && `${out.value.effectiveFrom} ${out.value.ratePct.toFixed(2)}`, date).toBe(`${entry.effectiveFrom} ${new Dec(entry.ratePct).toFixed(2)}`);
      }
    });
  });

  it('coverage ends the day before the fixing that follows the last one confirmed (the 20th of the next month, or the next working day)', () => {
    const asOf = new Date(`${history.asOf}T00:00:00Z`);
    const nextFixingEarliest = new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth() + 1, 20)).toISOString().slice(0, 10);
    expect(history.knownThroughRule).toBe('day-before-next-monthly-fixing');
    expect(history.knownThrough >= dayBefore(nextFixingEarliest)).toBe(true);
    expect(history.knownThrough <= dayAfter(dayAfter(dayAfter(dayBefore(nextFixingEarliest))))).toBe(true); // a weekend moves the fixing at most 3 days
    expect(last.effectiveFrom <= history.asOf).toBe(true);
    expect(LPR_COVERAGE).toEqual({ knownFrom: history.knownFrom, asOf: history.asOf, knownThrough: history.knownThrough });
  });

  it.each([
    ['the day before the data starts', dayBefore(history.knownFrom)],
    ['the day after it ends', dayAfter(history.knownThrough)],
    ['a year after it ends', `${Number(history.knownThrough.slice(0, 4)) + 1}${history.knownThrough.slice(4)}`],
  ])('%s is outside what the data knows → legal.lpr.unknownForDate', (_, date) => {
    const out = lprOn(date);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.issues[0]).toEqual({ field: 'contractDate', code: 'legal.lpr.unknownForDate', params: { date, knownFrom: history.knownFrom, knownThrough: history.knownThrough } });
  });

  it('every entry has a date, a rate and at least one source; dates ascend; unconfirmed stretches start after the data', () => {
    const dates = history.entries.map((e) => e.effectiveFrom);
    expect([...dates].sort()).toEqual(dates);
    for (const e of history.entries) {
      expect(e.sources.length).toBeGreaterThan(0);
      expect(new Dec(e.ratePct).isFinite()).toBe(true);
    }
    for (const gap of history.unconfirmed) expect(gap.from > history.knownThrough).toBe(true);
  });
});

describe('checkLegalLines', () => {
  it('private lender, 2025 contract: 4 × 3.00 % = 12.00 % is the protected ceiling; 13.03 % is above by 1.03', () => {
    const out = checkLegalLines({ aprPct: new Dec('13.03'), contractDate: '2025-06-01', lender: 'private' });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const lpr = line(out.value, 'fourTimesLpr');
    expect(lpr.status).toBe('protectedCeiling');
    expect(lpr.thresholdPct!.toFixed(2)).toBe('12.00');
    expect(lpr.position).toBe('above');
    expect(lpr.excessPct!.toFixed(2)).toBe('1.03');
    expect(lpr.sources).toContain('spc-private-lending#25');
    expect(lpr.flags).toContain('lpr.secondarySource');
    expect(line(out.value, 'annual24').status).toBe('notDirectly');
    expect(line(out.value, 'annual36')).toMatchObject({ status: 'historic', position: 'atOrBelow' });
    expect(out.value.flags).toContain('private.unlicensedLendingToPublicVoid');
  });

  it.each([
    ['2020-08-20', '15.40'],
    ['2021-12-20', '15.20'],
    ['2022-03-01', '14.80'],
    ['2022-09-01', '14.60'],
    ['2023-07-01', '14.20'],
    ['2024-01-01', '13.80'],
    ['2024-08-01', '13.40'],
    ['2025-01-01', '12.40'],
    ['2026-03-31', '12.00'],
  ])('private contract on %s: 4 × LPR = %s %%', (date, line4x) => {
    const out = checkLegalLines({ aprPct: new Dec('14'), contractDate: date, lender: 'private' });
    expect(out.ok && line(out.value, 'fourTimesLpr').thresholdPct!.toFixed(2)).toBe(line4x);
  });

  it('exactly on the line is not above it', () => {
    const out = checkLegalLines({ aprPct: new Dec('12'), contractDate: '2025-06-01', lender: 'private' });
    expect(out.ok && line(out.value, 'fourTimesLpr').position).toBe('atOrBelow');
  });

  it('private contract before 2020-08-20: 24 % / 36 % for interest up to 2020-08-19, then 4 × LPR of an unconfirmed date', () => {
    const out = checkLegalLines({ aprPct: new Dec('30'), contractDate: '2019-05-01', lender: 'private' });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(line(out.value, 'annual24')).toMatchObject({ status: 'protectedCeiling', position: 'above', interestThrough: '2020-08-19' });
    expect(line(out.value, 'annual36')).toMatchObject({ status: 'voidAbove', position: 'atOrBelow', interestThrough: '2020-08-19' });
    const lpr = line(out.value, 'fourTimesLpr');
    expect(lpr.thresholdPct).toBeUndefined();
    expect(lpr.interestFrom).toBe('2020-08-20');
    expect(lpr.flags).toContain('unconfirmed.lprDateForTransition');
  });

  it('licensed lender: 4 × LPR does not apply directly; 24 % is a reduction on request; 2025 sources flagged', () => {
    const out = checkLegalLines({ aprPct: new Dec('35.99'), contractDate: '2026-01-10', lender: 'licensed' });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const lpr = line(out.value, 'fourTimesLpr');
    expect(lpr.status).toBe('notDirectly');
    expect(lpr.sources).toEqual(expect.arrayContaining(['spc-private-lending#1', 'spc-reply-scope', 'microloan-cost-guidance-2025']));
    const l24 = line(out.value, 'annual24');
    expect(l24).toMatchObject({ status: 'reductionOnRequest', position: 'above' });
    expect(l24.excessPct!.toFixed(2)).toBe('11.99');
    expect(l24.sources).toEqual(['spc-2017-financial-adjudication#2', 'nfra-2025-9-zhudai', 'microloan-cost-guidance-2025']);
    expect(l24.flags).toEqual(['unconfirmed.officialText', 'unconfirmed.24pctVerbatim', 'unconfirmed.notPublished']);
    expect(line(out.value, 'annual36')).toMatchObject({ status: 'historic', position: 'atOrBelow' });
    expect(out.value.flags).toEqual([]);
  });

  it('licensed lender before the 2021 Reply and before 4 × LPR existed', () => {
    const early = checkLegalLines({ aprPct: new Dec('20'), contractDate: '2018-03-01', lender: 'licensed' });
    expect(early.ok && line(early.value, 'fourTimesLpr').status).toBe('notInForce');
    const y2020 = checkLegalLines({ aprPct: new Dec('20'), contractDate: '2020-10-01', lender: 'licensed' });
    expect(y2020.ok && line(y2020.value, 'fourTimesLpr').sources).not.toContain('spc-reply-scope');
    expect(y2020.ok && line(y2020.value, 'fourTimesLpr').flags).toContain('unconfirmed.localFinancialOrgsBeforeReply');
    expect(y2020.ok && line(y2020.value, 'annual24').sources).toEqual(['spc-2017-financial-adjudication#2']);
  });

  it.each([
    [{ aprPct: new Dec('20'), contractDate: afterData, lender: 'private' as const, typedLprPct: new Dec('0') }, 'legal.lpr.typedOutOfRange'],
    [{ aprPct: new Dec('20'), contractDate: afterData, lender: 'private' as const, typedLprPct: new Dec('30') }, 'legal.lpr.typedOutOfRange'],
    [{ aprPct: new Dec('20'), contractDate: '2014-01-01', lender: 'private' as const }, 'legal.contractDate.beforeKnownRules'],
    [{ aprPct: new Dec('20'), contractDate: '2025-02-30', lender: 'private' as const }, 'date.invalid'],
    [{ aprPct: new Dec('NaN'), contractDate: '2025-02-01', lender: 'private' as const }, 'legal.aprPct.invalid'],
    [{ aprPct: new Dec('20'), contractDate: '2025-02-01', lender: 'bank' as never }, 'legal.lender.unknown'],
  ])('issue %#: %s', (input, code) => {
    const out = checkLegalLines(input);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.issues.map((i) => i.code)).toContain(code);
  });

  it('after the LPR data ends: 24 % and 36 % stand; 4 × LPR uses the last known fixing, labelled as an assumption', () => {
    const out = checkLegalLines({ aprPct: new Dec('20'), contractDate: afterData, lender: 'licensed' });
    if (!out.ok) throw new Error('expected a verdict');
    const last = history.entries.at(-1)!;
    const lpr = line(out.value, 'fourTimesLpr');
    expect(lpr.assumedLpr).toBe('latest');
    expect(lpr.thresholdPct!.toFixed(2)).toBe(new Dec(last.ratePct).times(4).toFixed(2));
    expect(lpr.flags).toContain('lpr.assumed.latest');
    expect(line(out.value, 'annual24')).toMatchObject({ status: 'reductionOnRequest', position: 'atOrBelow' });
    expect(line(out.value, 'annual24').assumedLpr).toBeUndefined();
  });

  it('after the LPR data ends, a typed LPR replaces the assumption (and is still labelled as the reader’s)', () => {
    const out = checkLegalLines({ aprPct: new Dec('13'), contractDate: afterData, lender: 'private', typedLprPct: new Dec('3.1') });
    if (!out.ok) throw new Error('expected a verdict');
    const lpr = line(out.value, 'fourTimesLpr');
    expect([lpr.assumedLpr, lpr.thresholdPct!.toFixed(2), lpr.position, lpr.excessPct!.toFixed(2)]).toEqual(['typed', '12.40', 'above', '0.60']);
  });

  it('a typed LPR is ignored while the data knows the date', () => {
    const out = checkLegalLines({ aprPct: new Dec('13'), contractDate: '2025-06-01', lender: 'private', typedLprPct: new Dec('9') });
    expect(out.ok && line(out.value, 'fourTimesLpr').thresholdPct!.toFixed(2)).toBe('12.00');
  });

  it('every source id a line cites exists in legal-sources.json', () => {
    const ids = new Set(legalSources.sources.map((s) => s.id));
    for (const [date, lender] of [['2019-01-01', 'private'], ['2025-06-01', 'private'], ['2018-01-01', 'licensed'], ['2026-02-01', 'licensed']] as const) {
      const out = checkLegalLines({ aprPct: new Dec('20'), contractDate: date, lender });
      expect(out.ok).toBe(true);
      if (!out.ok) continue;
      for (const l of out.value.lines) for (const s of l.sources) expect(ids.has(s.split('#')[0]!)).toBe(true);
    }
  });
});
