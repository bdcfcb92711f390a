import type { Route } from '../routing/routes.ts';

/**
 * The attribute that puts a page's article into the search index. Pagefind indexes only
 * pages that carry data-pagefind-body once any page does, so an English address that shows
 * the Chinese text (an untranslated fallback, noindex) leaves it out and is not searchable,
 * and the index can be built from the whole of dist/ (scripts/search-index.ts).
 */
export function searchBody(route: Pick<Route, 'untranslated'>): Record<string, string> {
  return route.untranslated ? {} : { 'data-pagefind-body': '' };
}
