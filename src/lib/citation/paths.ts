/**
 * Where a page's citation downloads live, from the route table: `/cite/<path>.json`
 * (CSL-JSON), `.bib` (BibTeX) and `.ris` (RIS), the page's URL path without its slashes
 * (`/en/policy/measures/12/` → `/cite/en/policy/measures/12.bib`).
 */
import { COLLECTION_NAMES, pageOf } from '../../collections.ts';
import type { RouteKind } from '../routing/routes.ts';

/** The kinds of page that carry a “cite this page” block: entry pages marked citable in the registry, the glossary and the timeline. */
export const CITABLE_KINDS: ReadonlySet<RouteKind> = new Set<RouteKind>([
  ...COLLECTION_NAMES.flatMap((c) => {
    const page = pageOf(c);
    return page?.citable ? [page.kind] : [];
  }),
  'glossary',
  'timeline',
]);

export function citeParam(pagePath: string): string {
  return pagePath.split('/').filter(Boolean).join('/');
}

export type CiteFormat = 'json' | 'bib' | 'ris';

export function citePath(pagePath: string, format: CiteFormat): string {
  return `/cite/${citeParam(pagePath)}.${format}`;
}

/** A BibTeX key from the page path: laoqu-policy-measures-12, laoqu-en-sites-erqi-memorial-tower. */
export function citeKey(pagePath: string): string {
  return ['laoqu', ...pagePath.split('/').filter(Boolean)].join('-');
}

/** The key of the plan itself in every download. */
export const PLAN_KEY = 'zhengzhengban-2021-62';
