/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel opens Chinese correctly), CRLF line
 * ends, every cell quoted when it holds a comma, quote or line break (RFC 4180).
 * Formula injection (OWASP): a cell starting with = + - @, a tab or a carriage return would run as a formula
 * in Excel, LibreOffice or Sheets, so it gets a leading single quote and is quoted. A plain decimal number
 * (`-5075.00`) is the one exception: it cannot hold a formula, and the negative amounts must stay numbers.
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

function csvCell(text: string): string {
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) return `"'${text.replaceAll('"', '""')}"`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Saves text as a file from the browser itself: a blob URL, nothing leaves the device. */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
