/**
 * Court-deadline invariants over every service date the holiday data can decide:
 * the last day is never before receivedOn + period; it is a working day; every day from the nominal last day up to
 * it is a rest day; a date whose decision needs a year outside the data gives deadline.holidaysUnknown.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COURT_DOCUMENT_IDS, COURT_DOCUMENTS, courtDeadline, dayInfo, fromDayNumber, toDayNumber } from '../../src/lib/deadlines';

const first = toDayNumber('2023-11-01')!;
const lastKnown = toDayNumber('2026-12-31')!;
const served = fc.integer({ min: first, max: lastKnown + 60 }).map(fromDayNumber);
const doc = fc.constantFrom(...COURT_DOCUMENT_IDS);

describe('court deadlines (properties)', () => {
  it('lastDay ≥ receivedOn + period, is a working day, and only rest days lie between', () => {
    fc.assert(
      fc.property(doc, served, (document, receivedOn) => {
        const out = courtDeadline({ document, receivedOn });
        const nominal = toDayNumber(receivedOn)! + COURT_DOCUMENTS[document].days;
        if (!out.ok) {
          expect(out.issues.map((i) => i.code)).toEqual(['deadline.holidaysUnknown']);
          return;
        }
        const end = toDayNumber(out.value.lastDay)!;
        expect(out.value.nominalLastDay).toBe(fromDayNumber(nominal));
        expect(end).toBeGreaterThanOrEqual(nominal);
        expect(end - nominal).toBeLessThanOrEqual(10);
        const kind = dayInfo(out.value.lastDay);
        expect(kind.ok && ['workday', 'makeupWorkday'].includes(kind.value.kind)).toBe(true);
        expect(out.value.movedPast.map((d) => d.date)).toEqual(Array.from({ length: end - nominal }, (_, i) => fromDayNumber(nominal + i)));
        expect(out.value.movedPast.every((d) => d.kind === 'weekend' || d.kind === 'holiday')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a nominal last day inside the data never gives holidaysUnknown unless the move leaves the data', () => {
    fc.assert(
      fc.property(doc, served, (document, receivedOn) => {
        const nominal = fromDayNumber(toDayNumber(receivedOn)! + COURT_DOCUMENTS[document].days);
        const out = courtDeadline({ document, receivedOn });
        const inside = nominal >= '2024-01-01' && nominal <= '2026-12-31';
        // 2026-12-31 is a Thursday, so no move from inside the data leaves it.
        expect(out.ok).toBe(inside);
      }),
      { numRuns: 500 },
    );
  });

  it('a later service date never gives an earlier last day', () => {
    fc.assert(
      fc.property(doc, fc.integer({ min: toDayNumber('2023-12-20')!, max: toDayNumber('2026-12-01')! }), (document, n) => {
        const a = courtDeadline({ document, receivedOn: fromDayNumber(n) });
        const b = courtDeadline({ document, receivedOn: fromDayNumber(n + 1) });
        if (a.ok && b.ok) expect(b.value.lastDay >= a.value.lastDay).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
