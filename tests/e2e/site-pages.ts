/** The pages of the built site (dist/) and the sample axe runs on. */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DIST } from '../helpers/static-server.ts';
import { isAdminPath } from '../../src/lib/build/admin.ts';

/** Throw a helpful error at collection time when there is nothing to test. */
export function assertDist(dir = DIST): void {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(
      `${dir}/index.html not found: build the site first (npm run build) or run scripts/e2e.sh`,
    );
  }
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else if (entry.isFile()) out.push(p);
  }
  return out;
}

/** Every reader page's .html file under `dir`, absolute paths, sorted (404 pages included; the CMS at /admin/ is not a reader page). */
export function listHtmlFiles(dir = DIST): string[] {
  return walk(dir)
    .filter((f) => f.endsWith('.html') && !isAdminPath(`/${relative(dir, f).split(sep).join('/')}`))
    .sort();
}

/** True for Astro's 404 pages: /404.html and /<locale>/404/index.html (or /404/). */
export function is404File(relPath: string): boolean {
  const p = relPath.split(sep).join('/');
  return /(^|\/)404\.html$/.test(p) || /(^|\/)404\/index\.html$/.test(p);
}

function toUrlPath(rel: string): string {
  const path =
    '/' +
    (rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
  return encodeURI(path);
}

function relativeHtml(dir: string): string[] {
  return listHtmlFiles(dir).map((f) => relative(dir, f).split(sep).join('/'));
}

/**
 * URL paths of every HTML page in dist (404 pages skipped), sorted: `index.html` files map
 * to their directory with a trailing slash (`/en/policy/`), other files to themselves.
 */
export function listPages(dir = DIST): string[] {
  return relativeHtml(dir)
    .filter((rel) => !is404File(rel))
    .map(toUrlPath)
    .sort();
}

/** URL paths of the 404 pages themselves (`/404.html`, `/en/404/`), sorted. */
export function list404Pages(dir = DIST): string[] {
  return relativeHtml(dir).filter(is404File).map(toUrlPath).sort();
}

/**
 * Axe sampling. Up to AXE_SAMPLE_ABOVE pages, axe runs on every page at both viewports.
 * Above it (190 pages on 2025-11-29), to keep the run time reasonable, axe runs on
 *   - every list page: the two home pages and any page with pages below it (/sites/,
 *     /policy/departments/, ...);
 *   - every top-level page of each language (/about/, /timeline/, /en/search/, ...): these
 *     are one of a kind;
 *   - 3 pages of each other kind (kind = pages sharing a parent path in one language, e.g.
 *     all /en/sites/<slug>/): the first, middle and last in path order. They share a
 *     template, so a template-level violation is still caught.
 * Overflow, lang, switch and request checks always run on every page. E2E_AXE_ALL=1 runs
 * axe on every page.
 */
export const AXE_SAMPLE_ABOVE = 150;

export function parentPath(path: string): string | undefined {
  if (path === '/') return undefined;
  const trimmed = path.endsWith('/') ? path.slice(0, -1) : path;
  return trimmed.slice(0, trimmed.lastIndexOf('/') + 1);
}

export function axeSample(pages: string[]): Set<string> {
  if (pages.length <= AXE_SAMPLE_ABOVE || process.env.E2E_AXE_ALL === '1') return new Set(pages);
  const parents = new Set(pages.map(parentPath).filter((p): p is string => p !== undefined));
  const chosen = new Set<string>();
  const kinds = new Map<string, string[]>();
  for (const p of pages) {
    const parent = parentPath(p);
    if (parent === undefined || parent === '/' || parent === '/en/' || p === '/en/' || parents.has(p))
      chosen.add(p);
    else kinds.set(parent, [...(kinds.get(parent) ?? []), p]);
  }
  for (const members of kinds.values()) {
    const picks =
      members.length <= 3
        ? members
        : [members[0]!, members[Math.floor(members.length / 2)]!, members.at(-1)!];
    for (const p of picks) chosen.add(p);
  }
  return chosen;
}

/** Which locale a URL path belongs to. */
export function localeOf(path: string): 'en' | 'zh-cn' {
  return path === '/en/' || path.startsWith('/en/') ? 'en' : 'zh-cn';
}

/** The BCP-47 `lang` a page of that path must declare. */
export function expectedLang(path: string): string {
  return localeOf(path) === 'en' ? 'en' : 'zh-CN';
}
