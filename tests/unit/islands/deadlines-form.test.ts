import { describe, expect, it } from 'vitest';
import { COURT_DOCUMENT_IDS, LIMITATION_EVENTS } from '../../../src/lib/deadlines';
import { computeCourt, computeLimitation, DEADLINES_DEFAULTS, DOCUMENTS, EVENTS, issuesByField, localToday, type DeadlinesValues } from '../../../src/islands/deadlines/deadlines-form';
import { createTranslator } from '../../../src/i18n/translate';
import { getMessages } from '../../../src/i18n/messages';

const form = (changes: Partial<DeadlinesValues>): DeadlinesValues => ({ ...DEADLINES_DEFAULTS, ...changes });
const lastDay = (document: string, receivedOn: string) => {
  const out = computeCourt(form({ document, receivedOn }));
  if (!out.ok) return out.issues.map((i) => i.code).join();
  return out.value.known ? out.value.deadline.lastDay : `unknown:${out.value.nominalLastDay}`;
};

describe('deadlines form', () => {
  it('lists the engine’s documents and events', () => {
    expect([...DOCUMENTS]).toEqual(COURT_DOCUMENT_IDS);
    expect([...EVENTS]).toEqual([...LIMITATION_EVENTS]);
  });
  it.each(['2026-11-03', '2026/11/3', '2026年11月3日', '２０２６－１１－０３', ' 2026.11.3 ', '２０２６年１１月３日'])('reads %s as 2026-11-03', (typed) => {
    expect(lastDay('complaint', typed)).toBe('2026-11-18');
  });
  it('the toolkit vectors', () => {
    expect(lastDay('judgment', '2025-03-03')).toBe('2025-03-18');
    expect(lastDay('complaint', '2025-06-06')).toBe('2025-06-23');
    expect(lastDay('complaint', '2024-12-31')).toBe('2025-01-15');
  });
  it('beyond the holiday data: a result with the nominal day, not an error', () => {
    expect(lastDay('ruling', '2027-03-01')).toBe('unknown:2027-03-11');
    const out = computeCourt(form({ document: 'ruling', receivedOn: '2027-03-01' }));
    expect(out.ok && !out.value.known && out.value.params['knownThrough']).toBe('2026-12-31');
  });
  it('bad dates are issues on the field, in words', () => {
    const t = createTranslator(getMessages('zh-hans'));
    for (const [typed, code] of [['', 'date.required'], ['abc', 'date.invalid'], ['2026-02-30', 'date.notACalendarDate'], ['03/11/2026', 'date.ambiguous']]) {
      const out = computeCourt(form({ receivedOn: typed }));
      expect(out.ok ? 'ok' : out.issues[0]?.code).toBe(code);
      if (!out.ok) {
        const { byField, summary } = issuesByField(t, out.issues, [{ field: 'document', label: '文书' }, { field: 'receivedOn', label: '收到文书的日期' }]);
        expect(byField['receivedOn']).not.toMatch(/issue\.|NaN|undefined/);
        expect(summary.map((s) => s.fieldId)).toEqual(['receivedOn']);
      }
    }
  });
  it('limitation: the engine’s `on` is the form’s eventOn; a future date is refused', () => {
    const ok = computeLimitation(form({ event: 'paid', eventOn: '2022/12/1' }), '2026-12-01');
    expect(ok.ok && ok.value.status).toBe('expired');
    const future = computeLimitation(form({ event: 'paid', eventOn: '2027-01-01' }), '2026-12-01');
    expect(future.ok ? [] : future.issues.map((i) => `${i.field}:${i.code}`)).toEqual(['eventOn:limitation.on.future']);
  });
  it('today is the device’s calendar day', () => expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05'));
});
