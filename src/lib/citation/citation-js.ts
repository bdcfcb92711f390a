/**
 * The one module that loads citation-js: @citation-js/core with its CSL, BibTeX and RIS
 * plugins, all pinned at 0.8.2 (the RIS plugin has no 0.9 release, and every plugin must
 * match the core it registers with). What the site uses it for:
 *
 * - APA 7: rendered from a page's CSL-JSON items by citeproc-js with the CSL project's APA
 *   style (bundled with @citation-js/plugin-csl), the same engine and style a reference
 *   manager uses, so the text on the page is what a student gets from the downloaded file.
 * - RIS: the mapping from CSL-JSON to RIS tags (ris.ts writes the lines).
 * - Parsing BibTeX and RIS, with every warning and error reported (the tests read every
 *   download back with these parsers).
 */
import { Cite, logger } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './csl-json.ts';

/**
 * One item in APA 7, as plain text and as HTML (the title in <i>, as citeproc-js writes it).
 * English locale on every page: APA is an English-language style.
 *
 * The “Retrieved … from” rule, decided once, here: the CSL APA style gives a retrieval date
 * only for a work without a date (APA 7 §9.16 wants one for undated content designed to
 * change). Every page of this site carries the date its content last changed, so APA cites
 * it by that date and its URL; the access date stays in the data (CSL `accessed`, BibTeX
 * `urldate`, RIS) and in GB/T 7714's [引用日期]. A page without a known date gets
 * “(n.d.) … Retrieved <access date>, from <URL>”.
 */
export function apaEntry(item: CslItem): ApaEntry {
  const key = JSON.stringify(item);
  let entry = apaCache.get(key);
  if (!entry) {
    // One citeproc run (about 2 ms) per distinct item: the plan's entry, on 42 pages, is rendered twice in all.
    const out = new Cite([item]).format('bibliography', { template: 'apa', lang: 'en-US', format: 'html' });
    const html = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>\s*<\/div>\s*$/.exec(out)?.[1]?.trim();
    if (html === undefined) throw new Error(`citation-js rendered no APA entry for ${item.id}`);
    // The text is what the HTML reads as (its textContent); the build test checks it against citation-js's text output.
    const text = html
      .replace(/<[^>]+>/g, '')
      .replace(/&(#x?[\da-f]+|amp|lt|gt|quot);/gi, (_, e: string) => decodeEntity(e));
    apaCache.set(key, (entry = { text, html }));
  }
  return entry;
}

/** An APA entry as plain text and as HTML. */
export interface ApaEntry {
  text: string;
  html: string;
}

const apaCache = new Map<string, ApaEntry>();
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
const decodeEntity = (e: string) =>
  e.startsWith('#')
    ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
    : NAMED[e.toLowerCase()]!;

/** The RIS tags citation-js maps each item to, one object per record. */
export function risTags(items: CslItem[]): Array<Record<string, string | string[]>> {
  return new Cite(items).format('ris', { format: 'object' });
}

/** citation-js input types: BibTeX or biblatex text, RIS text, CSL-JSON text. */
export type CitationFormat = '@bibtex/text' | '@biblatex/text' | '@ris/file' | '@else/json';

/**
 * Parses a BibTeX, RIS or CSL-JSON text into CSL-JSON with citation-js. `problems` lists every error
 * and warning citation-js reports (and the fields it could not map), so a caller can insist
 * that a file is read cleanly rather than merely without an exception.
 */
export function parseCitations(
  text: string,
  format: CitationFormat,
): { items: Array<Record<string, unknown>>; problems: string[] } {
  const problems: string[] = [];
  const levels = ['unmapped', 'warn', 'error'] as const;
  const saved = levels.map((level) => logger[level]);
  for (const level of levels)
    logger[level] = (scope, ...message) => problems.push(`${level} ${scope} ${message.join(' ')}`);
  try {
    return { items: new Cite(text, { forceType: format }).data, problems };
  } catch (error) {
    problems.push(String(error));
    return { items: [], problems };
  } finally {
    levels.forEach((level, i) => (logger[level] = saved[i]!));
  }
}
