/**
 * Pure helpers for the policy pages: chapters with their measures, neighbours, and the
 * sections of the site each measure relates to.
 */
import type { Locale } from '../../i18n/locales.ts';
import { punct } from '../../i18n/punct.ts';
import { t } from '../../i18n/t.ts';

export interface MeasureLike {
  number: number;
  chapter: number;
  title: string;
}

/** Chinese numerals of the plan's chapter headings. */
export const CHAPTER_NUMERALS = ['一', '二', '三', '四', '五', '六'] as const;
/** Roman numerals for the English headings. */
export const CHAPTER_ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'] as const;

/** A measure's title with its number, as lists and citations name it: 第12条 加强…, Measure 12: Strengthen …. */
export function measureTitle(locale: Locale, number: number, title: string): string {
  return `${t(locale, 'measure.label', { n: number })}${punct(locale).titleJoin}${title}`;
}

export function chapterLabel(number: number, locale: 'zh-cn' | 'en'): string {
  return locale === 'en' ? `${CHAPTER_ROMAN[number - 1]}. ` : `${CHAPTER_NUMERALS[number - 1]}、`;
}

/** Measures grouped under their chapter, both in order. */
export function measuresByChapter<M extends MeasureLike>(
  chapters: Array<{ number: number; title: string }>,
  measures: M[],
) {
  const sorted = [...measures].sort((a, b) => a.number - b.number);
  return chapters.map((c) => ({ ...c, measures: sorted.filter((m) => m.chapter === c.number) }));
}

/** The previous and next measure numbers (1..20), if any. */
export function neighbours(number: number, numbers: number[]): { prev?: number; next?: number } {
  const sorted = [...numbers].sort((a, b) => a - b);
  const i = sorted.indexOf(number);
  return {
    prev: i > 0 ? sorted[i - 1] : undefined,
    next: i >= 0 && i < sorted.length - 1 ? sorted[i + 1] : undefined,
  };
}

/**
 * Sections of the site that put a measure into practice: measure 6 names the specialty
 * products, 7 the red-tourism routes, 11 and 12 the red-culture heritage sites.
 */
export const RELATED_SECTIONS: Record<number, string[]> = {
  6: ['/products/'],
  7: ['/routes/'],
  11: ['/sites/', '/routes/'],
  12: ['/sites/'],
};

/** The anchor of a measure in the full text. */
export const measureAnchor = (number: number) => `measure-${number}`;

/** The anchor of a term on the glossary page. */
export const glossaryAnchor = (id: string) => `term-${id}`;

/** One piece of an editor's note: plain text, or a link to a page of this site. */
export interface NotePart {
  text: string;
  href?: string;
}

/** `[text](/path/)` with a site path (starting with one slash); anything else stays text. */
const NOTE_LINK = /\[([^\]\n]+)\]\((\/(?!\/)[^\s()]*)\)/g;

/**
 * An editor's note split into text and links, so that a note can point readers to a page
 * of this site (“see [the memorial's page](/sites/…/)”). Only site paths become links;
 * other brackets are left as written.
 */
export function noteParts(note: string): NotePart[] {
  const parts: NotePart[] = [];
  let last = 0;
  for (const m of note.matchAll(NOTE_LINK)) {
    if (m.index > last) parts.push({ text: note.slice(last, m.index) });
    parts.push({ text: m[1]!, href: m[2]! });
    last = m.index + m[0].length;
  }
  if (last < note.length) parts.push({ text: note.slice(last) });
  return parts;
}

/** The note as plain text, links reduced to their words (for open data and search). */
export const notePlain = (note: string) =>
  noteParts(note)
    .map((p) => p.text)
    .join('');
