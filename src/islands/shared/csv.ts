/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel opens Chinese correctly), CRLF line
 * ends, every cell quoted when it holds a comma, quote or line break (RFC 4180).
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  const cell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  return '\uFEFF' + rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
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
