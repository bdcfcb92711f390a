import { isLiteral, isoDate, type CslItem } from './csl-json.ts';

/**
 * BibTeX entries made from the CSL-JSON items, using only what BibTeX's and biblatex's data
 * models share, so one file works with bibtex (plain, natbib, gbt7714 styles) and with
 * biber (biblatex):
 *
 * - a web page is @misc with `url` and `urldate` (biblatex and the natbib and gbt7714 styles
 *   print them; plain.bst, older than URLs, leaves them out);
 * - the official document is @techreport with `institution`, `type` (通知) and `number`
 *   (biblatex reads it as @report);
 * - `year` and `month` (as the month macro, e.g. `dec`) for BibTeX, and `date` with the day
 *   for biblatex (biber takes `date`, and says nothing while `year` agrees with it);
 * - `langid`, the entry's language for biblatex (BibTeX ignores fields it does not know);
 * - organisation names and titles inside a second pair of braces, so BibTeX neither splits
 *   a name into given and family names nor lowercases a title (Zhengzhou stays capitalised).
 *
 * No comments in the file: BibTeX has none, and an `@` anywhere outside an entry starts a
 * broken one.
 *
 * Written here rather than with citation-js's BibTeX output (0.8.2), which by default turns
 * every character outside ASCII into a LaTeX command or drops it (a Chinese title comes out
 * empty and 郑政办〔2021〕62号 as 202162); without that it leaves % and _ unescaped; and it
 * writes the day into the month (`month = {dec 4}`), which biber does not take as a month.
 */
const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
export const escapeBibtex = (s: string) => s.replace(/[\\{}&%$#_~^]/g, (c) => SPECIAL[c]!);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** biblatex `langid` from a BCP-47 tag. */
const langid = (language: string) =>
  /^zh/i.test(language) ? 'chinese' : /^en/i.test(language) ? 'english' : language;

const names = (item: CslItem) =>
  item.author
    .map((a) =>
      isLiteral(a)
        ? `{${escapeBibtex(a.literal)}}`
        : `${escapeBibtex(a.family)}${a.given ? `, ${escapeBibtex(a.given)}` : ''}`,
    )
    .join(' and ');

export function bibtex(item: CslItem): string {
  const [year, month] = item.issued?.['date-parts'][0] ?? [];
  const organisation = item.author.find(isLiteral)?.literal;
  const report = item.type === 'report';
  // Each value is written as is: braced text, or a bare month macro.
  const fields: Array<[string, string | undefined]> = [
    ['author', `{${names(item)}}`],
    ['title', `{{${escapeBibtex(item.title)}}}`],
    // BibTeX requires an institution for a report; the issuing office is both author and institution.
    ['institution', report && organisation ? `{{${escapeBibtex(organisation)}}}` : undefined],
    ['type', report && item.genre ? `{${escapeBibtex(item.genre)}}` : undefined],
    ['number', item.number && `{${escapeBibtex(item.number)}}`],
    ['year', year ? `{${year}}` : undefined],
    ['month', month ? MONTHS[month - 1] : undefined],
    ['date', item.issued && `{${isoDate(item.issued)}}`],
    ['url', item.URL && `{${item.URL}}`],
    ['urldate', item.URL && item.accessed ? `{${isoDate(item.accessed)}}` : undefined],
    ['langid', `{${langid(item.language)}}`],
  ];
  const body = fields
    .filter((f): f is [string, string] => Boolean(f[1]))
    .map(([k, v]) => `  ${k} = ${v},`)
    .join('\n');
  return `@${report ? 'techreport' : 'misc'}{${item.id},\n${body}\n}\n`;
}

/** A .bib file: the entries one after another, separated by a blank line. */
export const bibtexFile = (items: CslItem[]) => items.map(bibtex).join('\n');
