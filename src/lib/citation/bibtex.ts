import { isPerson, type CitedWork } from './types.ts';

/**
 * BibTeX (biblatex) entries. Web pages are @online (GB/T 7714 [EB]); government documents
 * are @archive, the entry type the gbt7714 BibTeX package and biblatex-gb7714 styles use
 * for [A] (styles that do not know it treat it as @misc). Organisation names are wrapped
 * in an extra pair of braces so BibTeX does not split them into given and family names.
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

/** biblatex langid for the gbt7714 styles' language detection. */
const langid = (language: string) => (/^zh/i.test(language) ? 'chinese' : /^en/i.test(language) ? 'english' : language);

export function bibtex(key: string, work: CitedWork): string {
  const author = work.authors
    .map((a) => (isPerson(a) ? `${escapeBibtex(a.family)}${a.given ? `, ${escapeBibtex(a.given)}` : ''}` : `{${escapeBibtex(a.literal)}}`))
    .join(' and ');
  const fields: Array<[string, string | undefined]> = [
    ['author', author || undefined],
    ['title', escapeBibtex(work.title)],
    ['titleaddon', work.translatedTitle && escapeBibtex(work.translatedTitle)],
    ['number', work.number && escapeBibtex(work.number)],
    ['organization', work.siteName && escapeBibtex(work.siteName)],
    ['location', work.place && escapeBibtex(work.place)],
    ['publisher', work.publisher && escapeBibtex(work.publisher)],
    ['date', work.issued],
    ['url', work.url],
    ['urldate', work.url ? work.accessed : undefined],
    ['langid', langid(work.language)],
  ];
  const body = fields
    .filter((f): f is [string, string] => Boolean(f[1]))
    .map(([k, v]) => `  ${k} = {${v}},`)
    .join('\n');
  return `@${work.type === 'webpage' ? 'online' : 'archive'}{${key},\n${body}\n}\n`;
}
