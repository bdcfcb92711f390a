import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { featureOf, staticImports, weigh } from '../../scripts/lib/page-weight.ts';
import { htmlPages } from '../helpers/dist.ts';

describe('page weight helpers', () => {
  it('follows static imports but not dynamic ones', () => {
    expect(
      staticImports(
        'import{a as b}from"./chunk.js";import"./side.js";const p=import("/pagefind/pagefind.js")',
      ),
    ).toEqual(['./chunk.js', './side.js']);
  });
  it('ties scripts to features and flags unknown ones', () => {
    expect(featureOf('/_astro/Search.astro_astro_type_script_index_0_lang.X.js')).toBe('Search');
    expect(featureOf('/_astro/tracker.js')).toBeUndefined();
  });
  it('adds HTML, CSS and JS and applies the budget', () => {
    const files: Record<string, string> = {
      '/a.css': 'x'.repeat(100),
      '/a.js': 'import"./b.js";',
      '/b.js': 'console.log(1)',
    };
    const w = weigh(
      '/x/',
      '<link rel="stylesheet" href="/a.css"><script type="module" src="/a.js"></script>',
      (u) => files[u],
    );
    expect(w.scripts).toEqual(['/a.js', '/b.js']);
    expect(w.unknownScripts).toEqual(['/a.js', '/b.js']);
    expect(w.total).toBe(w.html + w.css + w.js);
  });
});

describe('the built site', () => {
  const read = (url: string) =>
    existsSync(join('dist', url)) ? readFileSync(join('dist', url), 'utf8') : undefined;
  const results = htmlPages().map((p) => weigh(p.urlPath, readFileSync(p.file, 'utf8'), read));
  it('keeps every page within its weight budget (60 KB home, 45 KB others, gzip)', () => {
    expect(results.filter((r) => r.overBudget).map((r) => `${r.page} ${r.total}`)).toEqual([]);
  });
  it('loads only scripts that a feature needs', () => {
    expect(
      results.filter((r) => r.unknownScripts.length).map((r) => `${r.page}: ${r.unknownScripts}`),
    ).toEqual([]);
  });
  it('loads no search code outside the search page', () => {
    expect(
      results
        .filter((r) => !/\/search\/$/.test(r.page) && r.scripts.some((s) => /Search|pagefind/.test(s)))
        .map((r) => r.page),
    ).toEqual([]);
  });
});
