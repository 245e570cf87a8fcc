import { describe, expect, it } from 'vitest';
import { MAX_QUOTE_LENGTH, readQuote, type QuoteReading } from '../../../../src/lib/parse/quote';
import { QUOTE_CORPUS } from './quote-corpus';
import { show } from './show';

const reading = (text: string): QuoteReading => {
  const r = readQuote(text);
  if (!r.ok) throw new Error(`refused: ${r.issues.map((i) => i.code).join(', ')}`);
  return r.value;
};

describe('readQuote: the corpus', () => {
  it('has at least 40 texts', () => {
    expect(QUOTE_CORPUS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(QUOTE_CORPUS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = reading(c.text);
    const values = Object.fromEntries(Object.entries(r.fields).map(([k, f]) => [k, f.value]));
    expect(values).toEqual(c.fields);
    for (const [field, words] of Object.entries(c.from ?? {})) {
      expect(r.fields[field as keyof typeof r.fields]?.source.text).toBe(words);
    }
    expect(r.conflicts.map((x) => x.field).sort()).toEqual([...(c.conflicts ?? [])].sort());
    if (c.unread !== undefined) expect(r.unread.map((u) => u.issue.code)).toEqual(c.unread);
    expect(Object.values(r.fields).filter((f) => f.approximate === true).map((f) => f.field)).toEqual(c.approximate ?? []);
    // Every source is the pasted text itself, so the UI can mark it.
    for (const f of [...Object.values(r.fields), ...r.conflicts.flatMap((x) => x.candidates)]) {
      expect(c.text.slice(f.source.start, f.source.end)).toBe(f.source.text);
      expect(f.source.text.trim()).toBe(f.source.text);
      expect(f.source.text).not.toBe('');
    }
    for (const u of r.unread) expect(c.text.slice(u.source.start, u.source.end)).toBe(u.source.text);
  });
});

describe('readQuote: details', () => {
  it('restates a rate read by convention', () => {
    const r = reading('月息2分，借款5万元');
    expect(r.fields.monthlyPct?.understood).toEqual({ convention: 'fenLi', source: '月息2分' });
  });

  it('lists both candidates of a conflict with their words', () => {
    const r = reading('借款金额：10000元 借款金额：12000元');
    expect(r.conflicts[0]?.candidates.map((c) => `${c.value} ${c.source.text}`)).toEqual(['10000 借款金额：10000元', '12000 借款金额：12000元']);
  });

  it.each([
    ['empty', '', 'quote.required'],
    ['blank', '  \n ', 'quote.required'],
    ['too long', '借'.repeat(MAX_QUOTE_LENGTH + 1), `quote.tooLong max=${MAX_QUOTE_LENGTH}`],
  ])('refuses %s text → %s', (_name, text, expected) => {
    const r = readQuote(text);
    expect(show(r, () => 'ok')).toBe(expected);
  });
});

describe('readQuote: pathological pastes finish and stay consistent', () => {
  it.each([
    ['a long run of digits', '1'.repeat(MAX_QUOTE_LENGTH)],
    ['a long run of Chinese digits', '一'.repeat(MAX_QUOTE_LENGTH)],
    ['a label and many spaces', `借款${' '.repeat(MAX_QUOTE_LENGTH - 3)}1`],
    ['percent signs', '1%'.repeat(MAX_QUOTE_LENGTH / 2)],
    ['repeated quotes', '借款金额：10,000.00元 / 每期应还：1,000.00元\n'.repeat(100).slice(0, MAX_QUOTE_LENGTH)],
  ])('%s', (_name, text) => {
    const r = reading(text);
    for (const u of r.unread) expect(text.slice(u.source.start, u.source.end)).toBe(u.source.text);
  });
});
