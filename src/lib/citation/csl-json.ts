import { isPerson, type CitedWork } from './types.ts';

/**
 * CSL-JSON items (Citation Style Language 1.0.2 data), importable into Zotero, Mendeley and
 * any citeproc. Web pages are `webpage`; government documents are `regulation`, the type
 * Zotero gives Chinese government notices (its `statute` with type regulation), which the
 * GB/T 7714 CSL styles render with [A].
 */
export interface CslItem {
  id: string;
  type: 'webpage' | 'regulation';
  title: string;
  author?: Array<{ literal: string } | { family: string; given?: string }>;
  'container-title'?: string;
  number?: string;
  publisher?: string;
  'publisher-place'?: string;
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  URL?: string;
  language: string;
  /** The English title, in the note field Zotero reads as “Extra” (original-title is for the other direction). */
  note?: string;
}

const dateParts = (date: string) => ({ 'date-parts': [date.split('-').map(Number)] });

export function cslItem(id: string, work: CitedWork): CslItem {
  const item: CslItem = { id, type: work.type === 'webpage' ? 'webpage' : 'regulation', title: work.title, language: work.language };
  if (work.authors.length)
    item.author = work.authors.map((a) => (isPerson(a) ? { family: a.family, given: a.given } : { literal: a.literal }));
  if (work.siteName) item['container-title'] = work.siteName;
  if (work.number) item.number = work.number;
  if (work.publisher) item.publisher = work.publisher;
  if (work.place) item['publisher-place'] = work.place;
  if (work.issued) item.issued = dateParts(work.issued);
  if (work.url && work.accessed) item.accessed = dateParts(work.accessed);
  if (work.url) item.URL = work.url;
  if (work.translatedTitle) item.note = `English title: ${work.translatedTitle}`;
  return item;
}
