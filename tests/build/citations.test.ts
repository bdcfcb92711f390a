import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { parseCitations } from '../../src/lib/citation/citation-js.ts';
import type { CslItem } from '../../src/lib/citation/csl-json.ts';
import { DIST, SITE, htmlPages, readPage } from '../helpers/dist.ts';

/**
 * Every citation download of the built site read with real parsers, as a reference
 * manager reads it: each .bib by citation-js's BibTeX parser (BibTeX and biblatex data
 * models), each .ris by its RIS parser and each .json by its CSL-JSON parser, failing on
 * any error or warning; the APA text on each page compared with what citation-js renders
 * from the page's .json; and the citation meta tags Zotero's Embedded Metadata translator
 * reads, compared with the same data.
 */
const CITE = join(DIST, 'cite');
const files = (ext: string): string[] => {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      if (d.isDirectory()) walk(join(dir, d.name));
      else if (d.name.endsWith(ext))
        out.push(relative(CITE, join(dir, d.name)).split(sep).join('/').slice(0, -ext.length));
    }
  };
  walk(CITE);
  return out.sort();
};
const json = (path: string): CslItem[] => JSON.parse(readFileSync(join(CITE, `${path}.json`), 'utf8'));
const text = (path: string, ext: string) => readFileSync(join(CITE, `${path}${ext}`), 'utf8');

/** APA 7 as a reference manager renders it: citation-js's own text output, straight from the library. */
const apa = (item: CslItem) =>
  new Cite([item]).format('bibliography', { template: 'apa', lang: 'en-US', format: 'text' }).trim();

const citable = htmlPages().filter(({ file }) => readPage(file).querySelector('.cite-block'));
const paths = files('.json');

describe('the downloads', () => {
  it('every page with a cite block has a .json, a .bib and a .ris, and no other page has any', () => {
    expect(citable.length).toBeGreaterThan(100);
    expect(paths).toEqual(citable.map((p) => p.urlPath.replace(/^\/|\/$/g, '')).sort());
    expect(files('.bib')).toEqual(paths);
    expect(files('.ris')).toEqual(paths);
  });

  it('every item has an issued date; the page item is the page (URL, language, title)', () => {
    for (const { file, urlPath } of citable) {
      const path = urlPath.replace(/^\/|\/$/g, '');
      const [page, ...rest] = json(path);
      const html = readPage(file);
      for (const item of [page!, ...rest]) expect(item.issued, `${path} ${item.id}`).toBeDefined();
      expect(page).toMatchObject({
        type: 'webpage',
        URL: `${SITE}${urlPath}`,
        language: html.querySelector('html')!.getAttribute('lang'),
      });
      expect(html.querySelector('h1')!.text.replace(/\s+/g, ' ').trim(), path).toContain(
        page!.title.replace(/^(第\d+条|Measure \d+:) /, ''),
      );
      if (rest.length) expect(rest[0]).toMatchObject({ type: 'report', number: expect.stringMatching(/62/) });
    }
  });
});

describe('read by citation-js', () => {
  it('every .bib parses as BibTeX and as biblatex without an error or warning, to the items of the .json', () => {
    for (const path of paths) {
      const items = json(path);
      for (const model of ['@bibtex/text', '@biblatex/text'] as const) {
        const parsed = parseCitations(text(path, '.bib'), model);
        expect(parsed.problems, `${path}.bib (${model})`).toEqual([]);
        expect(
          parsed.items.map((i) => [i.id, i.title, i.URL, i.number]),
          `${path}.bib`,
        ).toEqual(items.map((i) => [i.id, i.title, i.URL, i.number]));
      }
    }
  });

  it('every .ris parses without an error or warning, to the items of the .json', () => {
    const fields = (i: Partial<CslItem>) => [
      i.id,
      i.type,
      i.title,
      i.URL,
      i.number,
      i.issued,
      i.accessed,
      i.language,
    ];
    for (const path of paths) {
      const parsed = parseCitations(text(path, '.ris'), '@ris/file');
      expect(parsed.problems, `${path}.ris`).toEqual([]);
      expect(parsed.items.map(fields), `${path}.ris`).toEqual(json(path).map(fields));
    }
  });

  it('every .json parses as CSL-JSON without an error or warning, to the same items', () => {
    for (const path of paths) {
      const parsed = parseCitations(text(path, '.json'), '@else/json');
      expect(parsed.problems, `${path}.json`).toEqual([]);
      expect(
        parsed.items.map(({ _graph, ...item }) => item),
        `${path}.json`,
      ).toEqual(json(path));
    }
  });
});

describe('the page says what the file says', () => {
  it('the APA text on every page is what citation-js renders from the page’s .json', () => {
    let compared = 0;
    for (const { file, urlPath } of citable) {
      const [page, plan] = json(urlPath.replace(/^\/|\/$/g, ''));
      const html = readPage(file);
      for (const [id, item] of [
        ['cite-page-apa', page],
        ['cite-plan-apa', plan],
      ] as const) {
        if (!item) continue;
        expect(html.querySelector(`#${id}`)?.text.trim(), `${urlPath} #${id}`).toBe(apa(item));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(citable.length);
  });

  it('the page’s citation meta tags (read by Zotero) carry the .json’s title, author, date, language and URL', () => {
    for (const { file, urlPath } of citable) {
      const [page] = json(urlPath.replace(/^\/|\/$/g, ''));
      const head = readPage(file).querySelector('head')!;
      const meta = (name: string) =>
        head.querySelectorAll(`meta[name="${name}"]`).map((m) => m.getAttribute('content'));
      const [y, m, d] = page!.issued!['date-parts'][0];
      const author = (page!.author[0] as { literal: string }).literal;
      expect(meta('citation_title'), urlPath).toEqual([page!.title]);
      expect(meta('citation_author'), urlPath).toEqual([/\s/.test(author) ? `${author},` : author]);
      expect(meta('citation_publication_date'), urlPath).toEqual([
        [y, m, d].map((n) => String(n).padStart(2, '0')).join('/'),
      ]);
      expect(meta('citation_language'), urlPath).toEqual([page!.language]);
      expect(meta('citation_public_url'), urlPath).toEqual([page!.URL]);
      expect(meta('DC.creator'), urlPath).toEqual([author]);
      expect(meta('DC.identifier'), urlPath).toEqual([page!.URL]);
      // Zotero's item type comes from og:type (citation_title alone makes it guess a journal article).
      expect(head.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('website');
      expect(head.querySelector('link[rel="schema.DC"]')?.getAttribute('href')).toBe(
        'http://purl.org/dc/elements/1.1/',
      );
    }
  });
});

describe('sources lists', () => {
  it('no source gives the same date twice (the plan on /en/policy/ did)', () => {
    const date = /\d{1,2} [A-Z][a-z]+ \d{4}|\d{4}年\d{1,2}月\d{1,2}日/g;
    for (const { file, urlPath } of htmlPages()) {
      for (const li of readPage(file).querySelectorAll('.sources li')) {
        // What the list adds after the title (publisher, publication, date), without the title, the access date and the note.
        const own = li.childNodes.filter((n) => n.nodeType === 3);
        const dates =
          own
            .map((n) => n.text)
            .join('')
            .match(date) ?? [];
        expect(new Set(dates).size, `${urlPath}: ${li.text.slice(0, 120)}`).toBe(dates.length);
      }
    }
  });
});
