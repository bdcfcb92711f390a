import { describe, expect, it } from 'vitest';
import { checkLinks, readBuiltSite } from '../../scripts/lib/links.ts';
import { DIST, SITE } from '../helpers/dist.ts';

describe('links in the built site (npm run links)', () => {
  const { pages, files } = readBuiltSite(DIST);
  const report = checkLinks(pages, files, new URL(SITE).origin);

  it('resolve: every internal href and #anchor exists, no unmarked link into the other language', () => {
    expect(report.problems).toEqual([]);
  });

  it('include the language switch with hreflang on every page, and list external links', () => {
    const switches = pages.filter((p) =>
      /<a href="[^"]*" hreflang="(zh-CN|en)"[^>]*data-lang-switch/.test(p.html),
    );
    expect(switches.length).toBe(pages.length);
    expect(report.external.size).toBeGreaterThan(0);
    for (const url of report.external.keys()) expect(url).toMatch(/^https?:\/\//);
  });
});
