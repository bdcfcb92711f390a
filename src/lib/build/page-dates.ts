import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The date each page shows as “last updated”, handed from the page build to the sitemap
 * (<lastmod>), which Astro's sitemap integration writes after the pages. Keyed by the
 * page's URL path; pages without a content file have no date and no <lastmod>.
 */
const file = (root: string) => join(root, '.astro', 'page-dates.json');

export function writePageDates(root: string, dates: Record<string, string>): void {
  mkdirSync(dirname(file(root)), { recursive: true });
  writeFileSync(file(root), JSON.stringify(dates));
}

export function readPageDates(root: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(file(root), 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

/** The sitemap's `serialize` option: the page's date as <lastmod>, by its URL path. */
export function withLastmod<T extends { url: string; lastmod?: string }>(
  root: string,
  base = '/',
): (item: T) => T {
  let dates: Record<string, string> | undefined;
  return (item) => {
    dates ??= readPageDates(root);
    const path = new URL(item.url).pathname;
    const date = dates[base === '/' ? path : path.slice(base.length - 1)];
    return date ? { ...item, lastmod: date } : item;
  };
}
