import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages, isNotFoundPage, resolvesInDist, SITE } from '../helpers/dist.ts';

/** The sitemap (written by @astrojs/sitemap) lists every page, with language alternates. */
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const sitemaps = [...read('sitemap-index.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
  (m) => new URL(m[1]!).pathname,
);
const entries = sitemaps.flatMap((file) =>
  [...read(file).matchAll(/<url>(.*?)<\/url>/gs)].map(([, body]) => ({
    loc: /<loc>([^<]+)<\/loc>/.exec(body!)![1]!,
    alternates: Object.fromEntries(
      [...body!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [
        m[1]!,
        m[2]!,
      ]),
    ),
  })),
);
const pages = htmlPages().filter((p) => !isNotFoundPage(p.urlPath));
/** The same page in the other language: /x/ <-> /en/x/. */
const counterpart = (path: string) => (path.startsWith('/en/') ? path.slice(3) : `/en${path}`);

describe('sitemap', () => {
  it('is linked from robots.txt', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });

  it('lists every HTML page except the 404 pages, and nothing else', () => {
    expect(entries.map((e) => e.loc).sort()).toEqual(pages.map((p) => `${SITE}${p.urlPath}`).sort());
  });

  it('gives every translated page alternates for both languages', () => {
    for (const { loc, alternates } of entries) {
      const path = new URL(loc).pathname;
      const other = counterpart(path);
      if (!resolvesInDist(other)) continue;
      const [zh, en] = path.startsWith('/en/') ? [other, path] : [path, other];
      expect(alternates, loc).toMatchObject({ 'zh-CN': `${SITE}${zh}`, en: `${SITE}${en}` });
    }
  });

  it('links alternates only to pages that exist', () => {
    for (const { loc, alternates } of entries)
      for (const href of Object.values(alternates))
        expect(resolvesInDist(href), `${loc} -> ${href}`).toBe(true);
  });
});
