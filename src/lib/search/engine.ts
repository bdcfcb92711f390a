import { cjkPieces, classify, exactPhrase, mergeIds, rankByTitle, type Classified } from './query.ts';

/**
 * One search as readers see it: Pagefind's default search and its exact-phrase search,
 * merged, then each result checked against its own text. Used by the search page in the
 * browser and by the recall test in Node, so the test measures what readers get.
 */
export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results?: Array<{ url: string; title: string; excerpt: string }>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
export interface PagefindLike {
  search(
    query: string,
    options?: { filters?: Record<string, string[]> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

/** How many results have their text loaded and checked (the rest are not shown). */
export const CHECKED_RESULTS = 80;

export async function runSearch(
  pagefind: PagefindLike,
  query: string,
  filters?: Record<string, string[]>,
  /** How many results to load and check; the rest are not returned. */
  limit = CHECKED_RESULTS,
): Promise<Classified<PagefindData> & { total: number }> {
  const queries = [exactPhrase(query), query, ...cjkPieces(query)];
  const responses = await Promise.all(queries.map((q) => pagefind.search(q, { filters })));
  const byId = new Map<string, PagefindResult>();
  for (const response of responses)
    for (const r of response?.results ?? []) if (!byId.has(r.id)) byId.set(r.id, r);
  // Exact-phrase hits first, then the plain search, then hits found only through pieces.
  const ids = responses.reduce<string[]>(
    (all, response) =>
      mergeIds(
        all,
        (response?.results ?? []).map((r) => r.id),
      ),
    [],
  );
  const data = await Promise.all(ids.slice(0, limit).map((id) => byId.get(id)!.data()));
  const { exact, partial } = classify(data, (d) => `${d.meta.title ?? ''} ${d.content}`, query);
  return { exact: rankByTitle(exact, (d) => d.meta.title ?? '', query), partial, total: ids.length };
}
