import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages, readPage, resolvesInDist } from '../helpers/dist.ts';
import { pngSize } from '../helpers/png.ts';

/** The web app manifest and its icons. */
const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));

describe('manifest.webmanifest', () => {
  it('names the site in Chinese and gives the English name in the description', () => {
    expect(manifest).toMatchObject({
      name: '郑州革命老区振兴发展',
      short_name: '郑州老区振兴',
      lang: 'zh-CN',
      start_url: '/',
      theme_color: '#a3151b',
    });
    expect(manifest.description).toContain("Revitalizing Zhengzhou's Old Revolutionary Base Areas");
  });

  it('has an SVG icon and 192 and 512 px PNG icons that exist', () => {
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(['any', '192x192', '512x512']);
    for (const icon of manifest.icons as Array<{ src: string; sizes: string; type: string }>) {
      expect(resolvesInDist(icon.src), icon.src).toBe(true);
      if (icon.type === 'image/png') {
        const { width, height } = pngSize(readFileSync(join(DIST, icon.src)));
        expect(`${width}x${height}`).toBe(icon.sizes);
      }
    }
  });

  it('is linked from every page', () => {
    for (const { file, urlPath } of htmlPages()) {
      expect(readPage(file).querySelector('link[rel=manifest]')?.getAttribute('href'), urlPath).toBe(
        '/manifest.webmanifest',
      );
    }
  });
});
