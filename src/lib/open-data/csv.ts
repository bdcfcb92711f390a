/**
 * CSV as spreadsheet software opens it without an import dialog: RFC 4180 quoting, CRLF
 * line ends, and a UTF-8 byte order mark so Excel and WPS show Chinese correctly. A dozen
 * lines, so no CSV library is pulled in for it.
 */
export const BOM = '\uFEFF';

function field(value: string | number | boolean | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Array<Array<string | number | boolean | undefined>>): string {
  for (const row of rows)
    if (row.length !== header.length)
      throw new Error(`CSV row has ${row.length} fields, header has ${header.length}`);
  return BOM + [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
