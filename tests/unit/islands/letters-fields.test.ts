import { describe, expect, it } from 'vitest';
import { LETTER_FIELDS, LETTERS } from '../../../src/lib/letters/letters';
import { DATES, LETTER_DEFAULTS, MULTILINE, YES_NO, asTextFile, fileName } from '../../../src/islands/letters/letters-fields';

describe('letter writer form', () => {
  it('has a form key for every engine field, and the letter choice', () => {
    expect(Object.keys(LETTER_DEFAULTS).sort()).toEqual(['letter', ...LETTER_FIELDS].sort());
    expect(LETTERS.map((l) => l.id)).toContain(LETTER_DEFAULTS.letter);
  });
  it('yes/no questions start at "no"; the kinds of field do not overlap', () => {
    for (const f of YES_NO) expect(LETTER_DEFAULTS[f]).toBe('no');
    for (const f of DATES) expect(MULTILINE.has(f) || YES_NO.has(f)).toBe(false);
  });
  it('the text file has a byte-order mark and CRLF line ends, and its name holds nothing typed', () => {
    expect(asTextFile('标题\n\n正文\r\n')).toBe('\uFEFF标题\r\n\r\n正文\r\n');
    expect(fileName('negotiate')).toBe('letter-negotiate.txt');
  });
});
