import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/lib/links.ts';
import { DIST, htmlPages, SITE } from '../helpers/dist.ts';

/** Every file in dist/ as a site path (/sites/x/index.html). */
function distFiles(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? distFiles(join(dir, d.name)) : ['/' + relative(DIST, join(dir, d.name)).split(sep).join('/')],
  );
}

describe('links in the built site (npm run links)', () => {
  const pages = htmlPages().map((p) => ({ urlPath: p.urlPath, html: readFileSync(p.file, 'utf8') }));
  const report = checkLinks(pages, new Set(distFiles()), new URL(SITE).origin);

  it('resolve: every internal href and #anchor exists, no unmarked link into the other language', () => {
    expect(report.problems).toEqual([]);
  });

  it('include the language switch with hreflang on every page, and list external links', () => {
    const switches = pages.filter((p) => /<a href="[^"]*" hreflang="(zh-CN|en)"[^>]*data-lang-switch/.test(p.html));
    expect(switches.length).toBe(pages.length);
    expect(report.external.size).toBeGreaterThan(0);
    for (const url of report.external.keys()) expect(url).toMatch(/^https?:\/\//);
  });
});
