import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { isAdminPath } from '../../src/lib/build/admin.ts';

/** Helpers for build tests: read the built site in dist/. */
export const DIST = 'dist';
export const SITE = 'https://laoqu.example.org';

/** Every reader page in dist/ as { file, urlPath } (index.html -> directory URL); the CMS at /admin/ is not one. */
export function htmlPages(): Array<{ file: string; urlPath: string }> {
  const out: Array<{ file: string; urlPath: string }> = [];
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, d.name);
      if (d.isDirectory()) walk(full);
      else if (d.name.endsWith('.html')) {
        const rel = relative(DIST, full).split(sep).join('/');
        const urlPath = '/' + rel.replace(/(^|\/)index\.html$/, '$1');
        if (!isAdminPath(urlPath)) out.push({ file: full, urlPath });
      }
    }
  };
  walk(DIST);
  return out.sort((a, b) => a.urlPath.localeCompare(b.urlPath));
}

export function isNotFoundPage(urlPath: string): boolean {
  return /(^|\/)404(\.html|\/)$/.test(urlPath);
}

const cache = new Map<string, HTMLElement>();
export function readPage(file: string): HTMLElement {
  if (!cache.has(file)) cache.set(file, parse(readFileSync(file, 'utf8')));
  return cache.get(file)!;
}

/** Does this absolute or root-relative URL on our site resolve to a file in dist/? */
export function resolvesInDist(url: string): boolean {
  const path = decodeURIComponent(new URL(url, SITE).pathname);
  const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
  return existsSync(file);
}

export function pageByPath(urlPath: string): HTMLElement {
  const file = join(DIST, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
  return readPage(file);
}
