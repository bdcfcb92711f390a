/**
 * Where a page's citation downloads live, from the route table: `/cite/<path>.bib` and
 * `/cite/<path>.json`, the page's URL path without its slashes
 * (`/en/policy/measures/12/` → `/cite/en/policy/measures/12.bib`).
 */
import type { RouteKind } from '../routing/routes.ts';

/** The kinds of page that carry a “cite this page” block. */
export const CITABLE_KINDS: ReadonlySet<RouteKind> = new Set([
  'policy',
  'measure',
  'site',
  'product',
  'route',
  'place',
  'glossary',
  'timeline',
]);

export function citeParam(pagePath: string): string {
  return pagePath.split('/').filter(Boolean).join('/');
}

export function citePath(pagePath: string, format: 'bib' | 'json'): string {
  return `/cite/${citeParam(pagePath)}.${format}`;
}

/** A BibTeX key from the page path: laoqu-policy-measures-12, laoqu-en-sites-erqi-memorial-tower. */
export function citeKey(pagePath: string): string {
  return ['laoqu', ...pagePath.split('/').filter(Boolean)].join('-');
}

/** The key of the plan itself in every download. */
export const PLAN_KEY = 'zhengzhengban-2021-62';
