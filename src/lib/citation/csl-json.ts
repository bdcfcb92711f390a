import type { Author, CitedWork } from './types.ts';

/**
 * CSL-JSON items (Citation Style Language 1.0.2 data): the one description of what a page
 * cites. The download /cite/<path>.json is these items; the BibTeX and RIS downloads, the
 * on-page APA text, the GB/T 7714 text and the page's citation meta tags are all made from
 * them (page-works.ts builds them).
 *
 * - A page of this site is a `webpage` whose author is the site itself (a group author).
 *   The site name is not repeated as `container-title`: APA omits a site name that is the
 *   same as the group author, GB/T 7714 gives it as the 主要责任者, and the CSL APA style
 *   cannot tell the two are the same, so it would print the name twice.
 * - The official document is a `report` with its document number (`number`) and kind
 *   (`genre`, 通知): APA 7 cites a government document as a report by a government agency
 *   (§10.4) and keeps author, date and number, which citeproc's APA drops for the legal
 *   types (`legislation`, `regulation`, `bill` are cited by title and code, without author).
 *   Zotero imports it as a Report with its report number; BibTeX gets @techreport.
 */
export interface CslDate {
  'date-parts': [[number, number?, number?]];
}

export interface CslItem {
  id: string;
  type: 'webpage' | 'report';
  title: string;
  author: Array<{ literal: string } | { family: string; given?: string }>;
  /** The kind of document, e.g. 通知 (APA prints it before the number; BibTeX `type`). */
  genre?: string;
  /** Document number, e.g. 郑政办〔2021〕62号. */
  number?: string;
  /** Date published or last updated. */
  issued?: CslDate;
  /** Date consulted: the build date, for what is read online. */
  accessed?: CslDate;
  URL?: string;
  /** BCP-47 language of the work. */
  language: string;
}

/** { 'date-parts': [[2021, 11, 11]] } from 2021-11-11 (or 2021-11, 2021). */
export function cslDate(date: string): CslDate {
  const [y, m, d] = date.split('-').map(Number);
  return { 'date-parts': [[y!, ...(m ? [m] : []), ...(d ? [d] : [])] as [number, number?, number?]] };
}

/** 2021-11-11 (or 2021-11, 2021) from a CSL date. */
export function isoDate(date: CslDate): string {
  const [y, m, d] = date['date-parts'][0];
  return [
    String(y),
    ...(m ? [String(m).padStart(2, '0')] : []),
    ...(d ? [String(d).padStart(2, '0')] : []),
  ].join('-');
}

/** An organisation (one literal name) rather than a person. */
export const isLiteral = (name: CslItem['author'][number]): name is { literal: string } => 'literal' in name;

/** The item as the input of the GB/T 7714 formatter (gbt7714.ts): a report is a government document ([A]). */
export function citedWork(item: CslItem): CitedWork {
  return {
    type: item.type === 'webpage' ? 'webpage' : 'government-document',
    authors: item.author.map((a): Author =>
      isLiteral(a) ? { literal: a.literal } : { family: a.family, given: a.given },
    ),
    title: item.title,
    number: item.number,
    issued: item.issued && isoDate(item.issued),
    accessed: item.accessed && isoDate(item.accessed),
    url: item.URL,
    language: item.language,
  };
}
