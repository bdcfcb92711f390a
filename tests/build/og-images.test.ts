import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingCharacters } from '../../src/lib/og/cmap.ts';
import { loadFonts } from '../../src/lib/og/fonts.ts';
import { ogImagePath } from '../../src/lib/og/paths.ts';
import zh from '../../src/i18n/ui/zh-CN.json' with { type: 'json' };
import en from '../../src/i18n/ui/en.json' with { type: 'json' };
import { DIST, htmlPages, isNotFoundPage, readPage, SITE } from '../helpers/dist.ts';
import { pngSize } from '../helpers/png.ts';

/** Open Graph images and their meta tags, on every page of a real build. */
const pages = htmlPages();
const meta = (file: string, property: string) =>
  readPage(file)
    .querySelector(`meta[property="${property}"], meta[name="${property}"]`)
    ?.getAttribute('content');

function pngFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? pngFiles(join(dir, d.name)) : d.name.endsWith('.png') ? [join(dir, d.name)] : [],
  );
}

describe('Open Graph images', () => {
  it.each(pages)('$urlPath has og:image pointing at a 1200×630 PNG in dist', ({ file, urlPath }) => {
    const url = meta(file, 'og:image');
    expect(url, 'og:image').toMatch(new RegExp(`^${SITE}/og/.+\\.png$`));
    if (!isNotFoundPage(urlPath)) expect(url).toBe(`${SITE}${ogImagePath(urlPath)}`);
    const png = readFileSync(join(DIST, new URL(url!).pathname));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(meta(file, 'og:image:width')).toBe('1200');
    expect(meta(file, 'og:image:height')).toBe('630');
    expect(meta(file, 'og:image:type')).toBe('image/png');
    expect(meta(file, 'og:image:alt')?.length).toBeGreaterThan(5);
    expect(meta(file, 'twitter:card')).toBe('summary_large_image');
  });

  it('has no image without a page', () => {
    const wanted = new Set(
      pages.filter((p) => !isNotFoundPage(p.urlPath)).map((p) => ogImagePath(p.urlPath)),
    );
    const files = pngFiles(join(DIST, 'og')).map((f) => '/' + relative(DIST, f).split(sep).join('/'));
    expect(files.filter((f) => !wanted.has(f))).toEqual([]);
    expect(files).toHaveLength(wanted.size);
  });

  // og:image:alt holds all the text an image shows (title, subtitle, site name); the
  // footer is a UI string. Every character must have a glyph in Noto Sans SC.
  it('draws only characters the font has', () => {
    const { coverage } = loadFonts();
    const missing = new Map<string, string[]>();
    for (const { file, urlPath } of pages) {
      const chars = missingCharacters(meta(file, 'og:image:alt') ?? '', coverage);
      if (chars.length) missing.set(urlPath, chars);
    }
    for (const ui of [zh, en]) {
      const chars = missingCharacters(
        Object.entries(ui)
          .filter(([k]) => k.startsWith('og.') || k === 'site.name')
          .map(([, v]) => v)
          .join(''),
        coverage,
      );
      if (chars.length) missing.set('ui strings', chars);
    }
    expect(Object.fromEntries(missing)).toEqual({});
  });
});
