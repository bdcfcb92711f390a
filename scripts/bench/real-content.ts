/**
 * The project's real content, read once, as the raw material of the synthetic corpus:
 * every MDX entry's frontmatter and body per collection and locale, and pools of real
 * sentences and headings per language to mix into new bodies.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export type Locale = 'zh-cn' | 'en';
export const LOCALES: Locale[] = ['zh-cn', 'en'];

export interface RealEntry {
  collection: string;
  locale: Locale;
  slug: string;
  data: Record<string, unknown>;
  body: string;
}

export interface TextPools {
  /** Whole sentences from plain paragraphs (no lists, links, components or braces). */
  sentences: Record<Locale, string[]>;
  /** `## …` headings of real bodies. */
  headings: Record<Locale, string[]>;
}

export interface RealContent {
  entries: RealEntry[];
  pools: TextPools;
  byCollection(collection: string, locale: Locale): RealEntry[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

export function readRealContent(contentDir: string): RealContent {
  const entries: RealEntry[] = [];
  for (const collection of readdirSync(contentDir, { withFileTypes: true })) {
    if (!collection.isDirectory() || collection.name.startsWith('_') || collection.name === 'images')
      continue;
    for (const locale of LOCALES) {
      const dir = join(contentDir, collection.name, locale);
      let files: string[];
      try {
        files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
      } catch {
        continue;
      }
      for (const file of files.sort()) {
        const m = FRONTMATTER.exec(readFileSync(join(dir, file), 'utf8'));
        if (!m) continue;
        entries.push({
          collection: collection.name,
          locale,
          slug: file.slice(0, -4),
          data: parse(m[1]!),
          body: m[2]!.trim(),
        });
      }
    }
  }
  return {
    entries,
    pools: textPools(entries),
    byCollection: (collection, locale) =>
      entries.filter((e) => e.collection === collection && e.locale === locale),
  };
}

/** Plain prose lines: not headings, lists, tables, quotes, components, links or expressions. */
const isPlainParagraph = (line: string) =>
  line.length > 0 && !/^[#\-*|>\d<]/.test(line) && !/[[\]{}<>`]/.test(line);

function splitSentences(paragraph: string, locale: Locale): string[] {
  const parts =
    locale === 'en' ? paragraph.split(/(?<=[.!?])\s+(?=[A-Z“"(])/) : paragraph.split(/(?<=[。！？])/);
  return parts.map((s) => s.trim()).filter((s) => s.length >= (locale === 'en' ? 30 : 12));
}

function textPools(entries: RealEntry[]): TextPools {
  const sentences: Record<Locale, Set<string>> = { 'zh-cn': new Set(), en: new Set() };
  const headings: Record<Locale, Set<string>> = { 'zh-cn': new Set(), en: new Set() };
  for (const e of entries) {
    // The policy and measures are the official text: keep them out of the mix.
    if (e.collection === 'policy' || e.collection === 'measures') continue;
    for (const line of e.body.split('\n').map((l) => l.trim())) {
      const heading = /^##\s+([^#{}<>[\]`]+)$/.exec(line);
      if (heading) headings[e.locale].add(heading[1]!.trim());
      else if (isPlainParagraph(line))
        for (const s of splitSentences(line, e.locale)) sentences[e.locale].add(s);
    }
  }
  return {
    sentences: { 'zh-cn': [...sentences['zh-cn']], en: [...sentences.en] },
    headings: { 'zh-cn': [...headings['zh-cn']], en: [...headings.en] },
  };
}
