import { isCjk, isPerson, type Author, type CitedWork } from './types.ts';

/**
 * APA 7th edition reference entries for web pages and government documents
 * (Publication Manual §9–10: webpage on a website; report by a government agency).
 *
 *   Author. (Year, Month Day). *Title* [Translation]. Site Name. URL
 *   Author. (n.d.). *Title*. Site Name. Retrieved Month Day, Year, from URL
 *
 * - The site name is left out when it is the same as the (group) author.
 * - A retrieval date is given for pages designed to change over time (`retrieved: true`).
 * - A non-English title is followed by its English translation in square brackets; for a
 *   non-Latin title APA asks for a romanised title, used when `transliteratedTitle` is known,
 *   otherwise the original script is kept (usual in Chinese-language papers that use APA).
 * - A government document's number follows the title in parentheses.
 * Returns plain text and HTML (the title in <i>), so a copy can keep the italics.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** “2019, October 31”, “2019, October”, “2019” or “n.d.”. */
export function apaDate(date?: string): string {
  if (!date) return 'n.d.';
  const [y, m, d] = date.split('-').map(Number);
  return [y, m ? `${MONTHS[m - 1]}${d ? ` ${d}` : ''}` : ''].filter(Boolean).join(', ');
}

/** “July 3, 2019”. */
export function apaRetrievalDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${MONTHS[m! - 1]} ${d}, ${y}`;
}

function authorName(a: Author): string {
  if (!isPerson(a)) return a.literal;
  const initials = (a.given ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((g) =>
      g
        .split('-')
        .map((p) => `${p[0]!.toUpperCase()}.`)
        .join('-'),
    )
    .join(' ');
  return initials ? `${a.family}, ${initials}` : a.family;
}

function authorList(authors: Author[]): string {
  const names = authors.map(authorName);
  if (names.length <= 1) return names[0] ?? '';
  if (names.length <= 20) return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
  return `${names.slice(0, 19).join(', ')}, . . . ${names.at(-1)}`;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const withStop = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);

export function apa(work: CitedWork, options: { retrieved?: boolean } = {}): { text: string; html: string } {
  const author = authorList(work.authors);
  const title = isCjk(work) && work.transliteratedTitle ? work.transliteratedTitle : work.title;
  const translation = work.translatedTitle && work.translatedTitle !== title ? ` [${work.translatedTitle}]` : '';
  // What follows the (italic) title up to and including its full stop.
  const afterTitle = withStop(`${title}${translation}${work.number ? ` (${work.number})` : ''}`).slice(title.length);
  const date = `(${apaDate(work.issued)}).`;
  const site = work.siteName && work.siteName !== author ? withStop(work.siteName) : '';
  const link = work.url
    ? options.retrieved && work.accessed
      ? `Retrieved ${apaRetrievalDate(work.accessed)}, from ${work.url}`
      : work.url
    : '';
  const source = [site, link].filter(Boolean).join(' ');
  // Without an author the title moves to the author position, before the date (APA §9.12).
  const before = author ? `${withStop(author)} ${date} ` : '';
  const after = [author ? '' : date, source].filter(Boolean).join(' ');
  return {
    text: `${before}${title}${afterTitle}${after ? ` ${after}` : ''}`,
    html: `${escapeHtml(before)}<i>${escapeHtml(title)}</i>${escapeHtml(afterTitle)}${after ? ` ${escapeHtml(after)}` : ''}`,
  };
}
