/**
 * Text for synthetic entries, made by mixing real sentences: a seeded random generator (so
 * every run builds the same corpus), bodies of a realistic length and descriptions that
 * fit the schema's 200 characters.
 */
import type { Locale, TextPools } from './real-content.ts';

/** mulberry32: a small, fast, seeded generator. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const pick = <T>(rnd: Random, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

/**
 * A body of about `length` characters (the template entry's length, ±30 %): paragraphs of
 * two to four real sentences, with a real heading before every third paragraph when the
 * template had headings.
 */
export function mixedBody(
  rnd: Random,
  pools: TextPools,
  locale: Locale,
  length: number,
  headings: boolean,
): string {
  const target = Math.max(80, Math.round(length * (0.7 + rnd() * 0.6)));
  const joiner = locale === 'en' ? ' ' : '';
  const blocks: string[] = [];
  let size = 0;
  for (let p = 0; size < target; p++) {
    if (headings && p % 3 === 0) blocks.push(`## ${pick(rnd, pools.headings[locale])}`);
    const count = 2 + Math.floor(rnd() * 3);
    const paragraph = Array.from({ length: count }, () => pick(rnd, pools.sentences[locale])).join(joiner);
    blocks.push(paragraph);
    size += paragraph.length;
  }
  return blocks.join('\n\n');
}

/** "<title>：<a real sentence>" (Chinese) or "<title>. <a real sentence>" (English), at most 200 characters. */
export function mixedDescription(
  rnd: Random,
  pools: TextPools,
  locale: Locale,
  title: string,
  fallback: string,
): string {
  const glue = locale === 'en' ? '. ' : '：';
  const room = 200 - title.length - glue.length;
  const fitting = pools.sentences[locale].filter((s) => s.length <= room);
  if (fitting.length === 0) return fallback.slice(0, 200);
  return `${title}${glue}${pick(rnd, fitting)}`;
}

/** ASCII kebab-case from an English title, e.g. "Liuquan Village Martyrs' Cemetery" → liuquan-village-martyrs-cemetery. */
export function kebab(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 70)
    .replace(/-+$/, '');
}
