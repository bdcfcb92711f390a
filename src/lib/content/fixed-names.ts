/**
 * One English name per thing. Every English MDX file (content/<collection>/en/<slug>.mdx,
 * its frontmatter strings and its body) is searched for the rejected variants recorded in
 * content/names.yaml (`variants`) and for rejected spellings of a department's nameEn, a
 * glossary termEn or a place's English title (`variantsEn` in departments.yaml,
 * glossary.yaml and the English place pages). Each use is an error naming the file, the
 * line and the name to write instead.
 *
 * Matching ignores case and treats ’ and ' alike, and a word may take a plural s. A variant
 * that lies wholly inside a use of a fixed name (with or without a leading “the” and a
 * trailing gloss in brackets) is that name and is not reported, such as “Western Henan
 * Anti-Japanese Base” inside “Western Henan Anti-Japanese Base Area Memorial Museum”.
 * Web addresses (bare domains such as zynews.cn too), link targets and the `variantsEn`
 * lists themselves are not searched.
 *
 * Not checked here: bare Chinese characters in English running text outside brackets and
 * quotes (WRITING rule: pinyin first, characters in brackets on first mention). A rule for
 * that would be too noisy (titles, quoted names, YAML lists of Chinese names); editors fix
 * those by hand.
 */
import { readFrontmatter } from './frontmatter.ts';
import type { Problem } from './problems.ts';

/** A fixed English name and the spellings that must not stand in for it. */
export interface FixedName {
  zh: string;
  en: string;
  variants: string[];
  /** Where the name is recorded, for the message: content/names.yaml, content/departments.yaml … */
  file: string;
}

interface Lists {
  names: Array<{ zh: string; en: string; variants: string[] }>;
  departments: Array<{ name: string; nameEn: string; variantsEn?: string[] }>;
  glossary: Array<{ term: string; termEn: string; variantsEn?: string[] }>;
  /** The files as collectContentFiles returns them; English place pages give titles and variants. */
  files: Map<string, string>;
}

const ENGLISH_MDX = /^content\/[a-z-]+\/en\/[^/]+\.mdx$/;
const PLACE_EN = /^content\/places\/en\/[a-z0-9-]+\.mdx$/;

/** Every fixed name with its rejected variants, from the four lists. */
export function fixedNames({ names, departments, glossary, files }: Lists): FixedName[] {
  const out: FixedName[] = [
    ...names.map((n) => ({ zh: n.zh, en: n.en, variants: n.variants, file: 'content/names.yaml' })),
    ...departments.map((d) => ({ zh: d.name, en: d.nameEn, variants: d.variantsEn ?? [], file: 'content/departments.yaml' })),
    ...glossary.map((g) => ({ zh: g.term, en: g.termEn, variants: g.variantsEn ?? [], file: 'content/glossary.yaml' })),
  ];
  for (const [path, text] of files) {
    if (!PLACE_EN.test(path)) continue;
    const data = readFrontmatter(text)?.data as { title?: unknown; variantsEn?: unknown } | undefined;
    if (typeof data?.title !== 'string') continue;
    const zhData = readFrontmatter(files.get(path.replace('/en/', '/zh-cn/')) ?? '')?.data as { title?: unknown } | undefined;
    const variants = Array.isArray(data.variantsEn) ? data.variantsEn.filter((v): v is string => typeof v === 'string') : [];
    out.push({ zh: typeof zhData?.title === 'string' ? zhData.title : data.title, en: data.title, variants, file: path });
  }
  return out;
}

/** Same length as the input, so positions carry over: lower case, one kind of apostrophe. */
const normalise = (text: string) => {
  const lower = text.toLowerCase();
  // Fast path for almost every line; a character whose lower case is longer (İ) stays as it is.
  if (lower.length === text.length) return lower.replace(/[’‘]/g, "'");
  return [...text].map((c) => (c === '’' || c === '‘' ? "'" : c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Start and end of each whole-word occurrence of `needle` (a plural s or es allowed after it). */
function occurrences(hay: string, needle: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  if (!needle) return found;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    let end = i + needle.length;
    if (isWordChar(needle[0]) && isWordChar(hay[i - 1])) continue;
    if (hay.startsWith('es', end) && !isWordChar(hay[end + 2])) end += 2;
    else if (hay[end] === 's' && !isWordChar(hay[end + 1])) end += 1;
    if (isWordChar(needle.at(-1)) && isWordChar(hay[end])) continue;
    found.push([i, end]);
  }
  return found;
}

/** The forms of a fixed name that are masked: as written, without “the”, without a trailing (gloss). */
function fixedForms(en: string): string[] {
  const forms = new Set<string>();
  const add = (s: string) => {
    const t = normalise(s.trim());
    if (t.length >= 3) forms.add(t);
  };
  for (const base of [en, en.replace(/^the\s+/i, '')]) {
    add(base);
    add(base.replace(/\s*\([^()]*\)\s*$/, ''));
  }
  return [...forms];
}

/** What an editor must not search: web addresses (bare domains such as zynews.cn too) and Markdown link targets. */
const blankLinks = (line: string) =>
  line
    .replace(/\]\([^)\s]*\)/g, (m) => ' '.repeat(m.length))
    .replace(/https?:\/\/\S+/g, (m) => ' '.repeat(m.length))
    .replace(/\b(?:[a-z0-9-]+\.)+(?:cn|com|net|org)\b(?:\/\S*)?/gi, (m) => ' '.repeat(m.length));

/** The frontmatter key a line belongs to (the nearest top-level key at or above it), or body. */
function fieldsByLine(lines: string[]): string[] {
  const fields: string[] = [];
  let inFrontmatter = lines[0]?.trim() === '---';
  let key = '';
  lines.forEach((line, i) => {
    if (i > 0 && inFrontmatter && line.trim() === '---') {
      fields.push('');
      inFrontmatter = false;
      return;
    }
    if (!inFrontmatter) return fields.push('body');
    const m = /^([A-Za-z][\w-]*):/.exec(line);
    if (m) key = m[1]!;
    fields.push(i === 0 ? '' : key);
  });
  return fields;
}

/** Every rejected variant on the English pages, one problem per use. */
export function checkFixedNames(files: Map<string, string>, names: FixedName[]): Problem[] {
  const masks = names.flatMap((n) => fixedForms(n.en)).sort((a, b) => b.length - a.length);
  const variants = names
    .flatMap((n) => n.variants.map((v) => ({ text: normalise(v), shown: v, name: n })))
    .sort((a, b) => b.text.length - a.text.length);
  if (variants.length === 0) return [];
  // One search per line for any variant at all: most lines have none, and skip the rest.
  const anyVariant = new RegExp(variants.map((v) => escapeRegExp(v.text)).join('|'));
  const problems: Problem[] = [];
  for (const [file, text] of files) {
    if (!ENGLISH_MDX.test(file)) continue;
    const lines = text.split('\n');
    const fields = fieldsByLine(lines);
    lines.forEach((raw, i) => {
      if (!fields[i] || fields[i] === 'variantsEn' || /^\s*-?\s*url:/.test(raw)) return;
      const hay = normalise(blankLinks(raw));
      if (!anyVariant.test(hay)) return;
      /** Characters inside a fixed name, and characters already reported as part of a variant. */
      const fixed = new Array<boolean>(hay.length).fill(false);
      const reported = new Array<boolean>(hay.length).fill(false);
      for (const form of masks) for (const [a, b] of occurrences(hay, form)) fixed.fill(true, a, b);
      // A variant wholly inside a fixed name is that name; one that only shares words with it
      // (Xinzheng City around the fixed Xinzheng) is still a variant.
      const reportable = ([a, b]: [number, number]) => !fixed.slice(a, b).every(Boolean) && !reported.slice(a, b).some(Boolean);
      const found: Array<{ at: number; problem: Problem }> = [];
      for (const v of variants) {
        for (const span of occurrences(hay, v.text).filter(reportable)) {
          reported.fill(true, span[0], span[1]);
          const used = raw.slice(span[0], span[1]);
          const { en, zh, file: where } = v.name;
          found.push({
            at: span[0],
            problem: {
              file,
              line: i + 1,
              field: fields[i]!,
              zh: `“${used}”不是固定译名`,
              en: `"${used}" is not the fixed English name`,
              fixZh: `改写为“${en}”（${zh}，见 ${where}）`,
              fixEn: `write "${en}" (${zh}, see ${where})`,
            },
          });
        }
      }
      problems.push(...found.sort((a, b) => a.at - b.at).map((f) => f.problem));
    });
  }
  return problems;
}
