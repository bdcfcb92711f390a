import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, readBuiltSite } from '../../scripts/lib/links.ts';
import { projectCopy } from '../helpers/project-copy.ts';

/**
 * BASE_PATH=/laoqu/ npm run build: a site for a project page on GitHub Pages. Every internal
 * link, asset, canonical and hreflang URL, the sitemap, the manifest, the service worker and
 * the search index resolve under /laoqu/ (the link check of `npm run links`, run with the base).
 * The same build sets REPO_URL, so every page carries its “report a problem” link.
 */
const SITE = 'https://owner.github.io';
const copy = projectCopy();
let out: string;
beforeAll(() => {
  const run = copy.build({
    BASE_PATH: '/laoqu/',
    SITE_URL: SITE,
    REPO_URL: 'https://github.com/owner/laoqu',
  });
  if (run.status !== 0) throw new Error(run.output);
  out = run.out;
});
afterAll(() => copy.remove());

describe('a build under a base path', () => {
  it('has no link, asset or anchor that does not resolve under /laoqu/', () => {
    const { pages, files } = readBuiltSite(out);
    const { problems } = checkLinks(pages, files, SITE, '/laoqu/');
    expect(pages.length).toBeGreaterThan(150);
    expect(problems).toEqual([]);
  });

  it('puts canonical, hreflang, Open Graph and sitemap URLs under the base', () => {
    const html = readFileSync(join(out, 'sites/erqi-memorial-tower/index.html'), 'utf8');
    expect(html).toContain(`<link rel="canonical" href="${SITE}/laoqu/sites/erqi-memorial-tower/">`);
    expect(html).toContain(`hreflang="en" href="${SITE}/laoqu/en/sites/erqi-memorial-tower/"`);
    expect(html).toMatch(new RegExp(`<meta property="og:image" content="${SITE}/laoqu/og/`));
    const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(150);
    for (const loc of locs) expect(loc.startsWith(`${SITE}/laoqu/`), loc).toBe(true);
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${SITE}/laoqu/sitemap-index.xml`,
    );
  });

  it('scopes the manifest and the service worker to the base, and loads the search index from it', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.webmanifest'), 'utf8'));
    expect([manifest.start_url, manifest.scope]).toEqual(['/laoqu/', '/laoqu/']);
    for (const icon of manifest.icons) expect(icon.src.startsWith('/laoqu/')).toBe(true);
    const sw = readFileSync(join(out, 'sw.js'), 'utf8');
    expect(sw).toContain('\\"base\\":\\"/laoqu/\\"');
    expect(sw).toContain('\\"shell\\":[\\"/laoqu/\\",\\"/laoqu/en/\\"');
    const { files } = readBuiltSite(out);
    const scripts = [...files]
      .filter((f) => f.startsWith('/_astro/') && f.endsWith('.js'))
      .map((f) => readFileSync(join(out, f), 'utf8'));
    expect(scripts.some((s) => s.includes('/laoqu/') && s.includes('pagefind/pagefind.js'))).toBe(true);
    expect(scripts.some((s) => /register\(`\/laoqu\/sw\.js`,\{scope:`\/laoqu\/`\}\)/.test(s))).toBe(true);
    expect(files.has('/pagefind/pagefind.js')).toBe(true);
  });

  it('gives every page a report link to the correction form with its own address (REPO_URL set)', () => {
    const { pages } = readBuiltSite(out);
    const content = pages.filter((p) => !/404/.test(p.urlPath));
    for (const page of content) {
      const href =
        /<a href="([^"]+)" rel="external"[^>]*>\s*<svg[^>]*>.*?<\/svg>\s*<span>(报告错误|Report a problem)<\/span>/s.exec(
          page.html,
        )?.[1];
      expect(href, page.urlPath).toBeDefined();
      const url = new URL(href!.replace(/&amp;/g, '&'));
      expect(url.origin + url.pathname).toBe('https://github.com/owner/laoqu/issues/new');
      expect(url.searchParams.get('template')).toBe('correction.yml');
      expect(url.searchParams.get('page')).toBe(`${SITE}/laoqu${page.urlPath}`);
      expect(url.searchParams.get('language')).toBe(
        page.urlPath.startsWith('/en/') ? 'English' : '中文 / Chinese',
      );
    }
  });
});
