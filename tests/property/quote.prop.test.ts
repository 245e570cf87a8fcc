import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readQuote } from '../../src/lib/parse/quote';
import { QUOTE_CORPUS } from '../unit/lib/parse/quote-corpus';

/** Pastes are messy: pieces of quotes joined and cut anywhere. The reader must stay exact about its sources. */
describe('readQuote properties', () => {
  const piece = fc.oneof(
    fc.constantFrom(...QUOTE_CORPUS.map((c) => c.text)).chain((t) => fc.tuple(fc.nat(t.length), fc.nat(t.length)).map(([a, b]) => t.slice(Math.min(a, b), Math.max(a, b)))),
    fc.constantFrom('，', '\n', ' ', '/', '；', '元', '期', '%', '¥', '万', '1,000', '借款', '每期', '到账'),
  );
  const paste = fc.array(piece, { maxLength: 12 }).map((a) => a.join(''));

  it('every source and unread span is the pasted text at its offsets; no field is both filled and in conflict', () => {
    fc.assert(
      fc.property(paste, (text) => {
        const r = readQuote(text);
        if (!r.ok) return text.trim() === '';
        const spans = [...Object.values(r.value.fields).map((f) => f.source), ...r.value.conflicts.flatMap((c) => c.candidates.map((f) => f.source)), ...r.value.unread.map((u) => u.source)];
        for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
        for (const c of r.value.conflicts) expect(r.value.fields[c.field]).toBeUndefined();
        return true;
      }),
      { numRuns: 500 },
    );
  });

  it('a quote pasted twice reads as once (the same figures are not a conflict)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...QUOTE_CORPUS), (c) => {
        const once = readQuote(c.text);
        const twice = readQuote(`${c.text}\n${c.text}`);
        if (!once.ok || !twice.ok) return false;
        const values = (r: typeof once.value) => Object.fromEntries(Object.entries(r.fields).map(([k, f]) => [k, f.value]));
        expect(values(twice.value)).toEqual(values(once.value));
        return true;
      }),
      { numRuns: 100 },
    );
  });
});
