import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runSearch } from '../../src/lib/search/engine.ts';
import { containsQuery } from '../../src/lib/search/query.ts';
import { htmlPages, readPage } from './dist.ts';
import { pagefindFor } from './pagefind-node.ts';

/**
 * Recall and precision of search as readers get it (runSearch: Pagefind's default and
 * exact-phrase searches merged and checked), for terms taken from the site's own text.
 * Truth: every indexed page (data-pagefind-body, minus data-pagefind-ignore) whose text
 * contains the term.
 */
function indexedText(file: string): string | undefined {
  const doc = readPage(file);
  const body = doc.querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  const copy = body.clone() as typeof body;
  for (const n of copy.querySelectorAll('[data-pagefind-ignore], script, style')) n.remove();
  return copy.text;
}
const pages = htmlPages()
  .map((p) => ({ ...p, text: indexedText(p.file), en: p.urlPath.startsWith('/en/') }))
  .filter((p): p is typeof p & { text: string } => p.text !== undefined);

const titles = (collection: string, locale: string) =>
  htmlPages()
    .filter(
      (p) =>
        p.urlPath.startsWith(`${locale === 'en' ? '/en' : ''}/${collection}/`) &&
        p.urlPath.split('/').filter(Boolean).length === (locale === 'en' ? 3 : 2),
    )
    .map((p) => readPage(p.file).querySelector('h1')!.text.trim());
const departments = parse(readFileSync('content/departments.yaml', 'utf8')) as Array<{
  name: string;
  nameEn: string;
}>;
const measureTitles = (locale: 'zh-cn' | 'en') =>
  Array.from({ length: 20 }, (_, i) =>
    readPage(`dist${locale === 'en' ? '/en' : ''}/policy/measures/${i + 1}/index.html`)
      .querySelector('h1')!
      .text.replace(/^(第\d+条\s*|Measure \d+:\s*)/, '')
      .trim(),
  );

const TERMS = {
  'zh-CN': [
    ...new Set([
      '大枣',
      '石榴',
      '柿子',
      '低保',
      '北斗',
      '中医',
      '5G',
      '红色旅游',
      '以工代赈',
      '新时代',
      '河阴石榴',
      '二七',
      '皮定均',
      '豫西',
      '登封',
      ...measureTitles('zh-cn'),
      ...titles('sites', 'zh-cn'),
      ...titles('products', 'zh-cn'),
      ...titles('places', 'zh-cn'),
      ...departments.map((d) => d.name),
    ]),
  ],
  en: [
    ...new Set([
      'jujube',
      'pomegranate',
      'persimmon',
      'honeysuckle',
      'work relief',
      'Dengfeng',
      'Erqi',
      ...measureTitles('en'),
      ...titles('products', 'en'),
      ...departments.map((d) => d.nameEn),
    ]),
  ],
};

export function recallSuite(lang: 'zh-CN' | 'en') {
  describe(`search recall in ${lang}`, () => {
    let pf: Awaited<ReturnType<typeof pagefindFor>>;
    const stats = { truth: 0, found: 0, shown: 0, shownContaining: 0, plainReturned: 0, plainContaining: 0 };
    beforeAll(async () => {
      pf = await pagefindFor(lang);
    });
    afterAll(async () => {
      await pf.close();
      console.log(
        `search ${lang}: ${TERMS[lang].length} terms; recall ${stats.found}/${stats.truth} = ${((100 * stats.found) / stats.truth).toFixed(1)}%; ` +
          `precision before the partial label ${stats.shownContaining}/${stats.shown} = ${((100 * stats.shownContaining) / stats.shown).toFixed(1)}%`,
      );
    });

    it.each(TERMS[lang])('finds every page containing “%s”, exact matches first', async (term) => {
      const truth = pages
        .filter((p) => p.en === (lang === 'en') && containsQuery(p.text, term))
        .map((p) => p.urlPath);
      const { exact, partial } = await runSearch(pf.pagefind, term);
      const shown = exact.map((d) => new URL(d.url, pf.origin).pathname);
      stats.truth += truth.length;
      stats.found += truth.filter((t) => shown.includes(t)).length;
      stats.shown += exact.length;
      stats.shownContaining += exact.filter((d) =>
        containsQuery(`${d.meta.title} ${d.content}`, term),
      ).length;
      expect(truth.length, 'the term occurs on the site').toBeGreaterThan(0);
      expect(
        shown.filter((u) => !truth.includes(u)),
        'results before the partial label that do not contain the term',
      ).toEqual([]);
      expect(
        truth.filter((t) => !shown.includes(t)),
        'pages containing the term that search misses',
      ).toEqual([]);
      for (const d of [...exact, ...partial])
        expect(new URL(d.url, pf.origin).pathname.startsWith('/en/')).toBe(lang === 'en');
    });
  });
}
