import { risTags } from './citation-js.ts';
import { isLiteral, isoDate, type CslItem } from './csl-json.ts';

/**
 * RIS records made from the CSL-JSON items, for the reference managers that import RIS:
 * NoteExpress, EndNote, Zotero and others. citation-js maps the fields (TY ELEC for a
 * web page, RPRT with SN as the report number for the official document, DA, PY, AU, TI, UR,
 * LA, M1 and M3); this file writes the lines, because citation-js breaks every value after
 * 70 characters, and a title or URL broken across lines is cut short by most importers.
 * On top of its mapping:
 *
 * - ID is the full citation key (citation-js cuts it to the old spec's 20 characters, which
 *   turns zhengzhengban-2021-62 into zhengzhengban-2021-6);
 * - Y2, the RIS access date, next to M1, where EndNote keeps a web page's access date (Zotero
 *   reads both; citation-js only M1);
 * - an organisation whose name has spaces is written with a trailing comma (EndNote's way to
 *   enter a corporate author), so it is not split into given and family names;
 * - dates with two-digit months and days (2026/12/04/), as the RIS specification writes them;
 * - CRLF line endings, as the specification asks.
 */
const pad = (date: string) =>
  date.replace(
    /^(\d{4})\/(\d{1,2})\/(\d{1,2})\/$/,
    (_, y: string, m: string, d: string) => `${y}/${m.padStart(2, '0')}/${d.padStart(2, '0')}/`,
  );

function record(item: CslItem, tags: Record<string, string | string[]>): string[] {
  const fields: Record<string, string | string[]> = { ...tags, ID: item.id };
  if (item.accessed && tags.M1) fields.Y2 = isoDate(item.accessed).replace(/-/g, '/') + '/';
  const persons = [tags.AU ?? []].flat();
  fields.AU = item.author.map((a, i) =>
    isLiteral(a) ? (/\s/.test(a.literal) ? `${a.literal},` : a.literal) : persons[i]!,
  );
  const { TY, ...rest } = fields;
  const lines = Object.entries(rest).flatMap(([tag, value]) =>
    [value].flat().map((v) => `${tag}  - ${/^(DA|M1|Y2)$/.test(tag) ? pad(v) : v}`),
  );
  return [`TY  - ${TY}`, ...lines, 'ER  - '];
}

export function ris(items: CslItem[]): string {
  const tags = risTags(items);
  return items.map((item, i) => record(item, tags[i]!).join('\r\n')).join('\r\n\r\n') + '\r\n';
}
