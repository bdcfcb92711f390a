/**
 * Pure search helpers shared by the search page and the recall test. Pagefind splits a
 * Chinese query into words and returns pages matching any of them, so some results do
 * not contain the query at all; a quoted (exact) search misses pages where its word split
 * disagrees with the index. We run both, merge them, and sort each result by whether its
 * text really contains the query: exact matches first, partial matches after, labelled.
 */

/** Longest query we send; longer input is cut (the search box also says maxlength). */
export const MAX_QUERY = 100;

/** Trim, collapse whitespace, drop control characters and cut to MAX_QUERY characters. */
export function normalizeQuery(raw: string | null | undefined): string {
  return Array.from(
    (raw ?? '')
      // eslint-disable-next-line no-control-regex -- control characters in a typed query become spaces
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  )
    .slice(0, MAX_QUERY)
    .join('')
    .trim();
}

/** A query worth sending: it has a letter, digit or CJK character (not only punctuation or emoji). */
export function isSearchable(query: string): boolean {
  return /[\p{L}\p{N}]/u.test(query);
}

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\uff00-\\uffef';
const SPACE_NEXT_TO_CJK = new RegExp(`(?<=[${CJK}]) | (?=[${CJK}])`, 'gu');

/**
 * Text folded for comparison: lower case, full-width ASCII made half-width, whitespace
 * collapsed, and no spaces next to Chinese characters (print layout left "2025 年").
 * Spaces between Latin words stay, so "erqi" does not match "under qi".
 */
export function fold(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, ' ')
    .replace(SPACE_NEXT_TO_CJK, '')
    .trim()
    .toLowerCase();
}

/** Does the page text contain the query (ignoring spaces, case and full-width forms)? */
export function containsQuery(text: string, query: string): boolean {
  const q = fold(query);
  return q.length > 0 && fold(text).includes(q);
}

/** The quoted form Pagefind treats as an exact phrase. */
export function exactPhrase(query: string): string {
  return `"${query.replace(/"/g, '')}"`;
}

/** Merge two ranked id lists without repeats, the first list's order first. */
export function mergeIds(first: string[], second: string[]): string[] {
  return [...new Set([...first, ...second])];
}

export interface Classified<T> {
  exact: T[];
  partial: T[];
}

/** Split results into those whose text contains the query and those that do not. */
export function classify<T>(results: T[], textOf: (r: T) => string, query: string): Classified<T> {
  const exact: T[] = [];
  const partial: T[] = [];
  for (const r of results) (containsQuery(textOf(r), query) ? exact : partial).push(r);
  return { exact, partial };
}

/**
 * A result's text as readers should see it. Pagefind joins a heading and the next block with
 * an ASCII ". " (新郑大枣. 新郑大枣是…), which in Chinese becomes 。; it also escapes < and >
 * in the text it returns, and the excerpt is shown as text, not HTML.
 */
export function readableContent(content: string): string {
  return content
    .replace(/(\p{Script=Han})\. (?=[\p{Script=Han}“‘「『（《\d])/gu, '$1。')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** The text around the first occurrence of the query, for a result excerpt. */
export function excerptAround(
  content: string,
  query: string,
  radius = 40,
): { before: string; match: string; after: string } {
  const chars = Array.from(content.replace(/\s+/g, ' '));
  const q = fold(query).replace(/ /g, '');
  // Find the match on the folded text, then map back to character positions.
  for (let start = 0; start < chars.length; start++) {
    if (chars[start] === ' ') continue;
    let folded = '';
    let end = start;
    while (end < chars.length && folded.length < q.length) {
      folded += fold(chars[end]!).replace(/ /g, '');
      end++;
    }
    if (folded === q) {
      const from = Math.max(0, start - radius);
      return {
        before: (from > 0 ? '…' : '') + chars.slice(from, start).join(''),
        match: chars.slice(start, end).join(''),
        after: chars.slice(end, end + radius).join('') + (end + radius < chars.length ? '…' : ''),
      };
    }
  }
  return {
    before: '',
    match: '',
    after: chars.slice(0, radius * 2).join('') + (chars.length > radius * 2 ? '…' : ''),
  };
}

/**
 * Two-character pieces of each Chinese run of three or more characters in the query
 * ("新时代" -> "新时", "时代"). Pagefind's index splits text with jieba and its query with
 * the browser's word splitter; where they disagree ("郑州市/新/时代/支持" in the index,
 * "新时代" in the query) the whole word finds nothing, but a piece does. Results found
 * only through pieces are then checked against the full query like all others.
 */
export function cjkPieces(query: string, max = 8): string[] {
  const pieces = new Set<string>();
  for (const run of query.match(/\p{Script=Han}{3,}/gu) ?? []) {
    const chars = Array.from(run);
    for (let i = 0; i < chars.length - 1; i++) pieces.add(chars[i]! + chars[i + 1]!);
  }
  return [...pieces].slice(0, max);
}

/**
 * Order of results that contain the query: pages titled exactly the query first, then
 * pages whose title contains it, then the rest in Pagefind's order (stable).
 */
export function rankByTitle<T>(results: T[], titleOf: (r: T) => string, query: string): T[] {
  const q = fold(query);
  const score = (r: T) => {
    const title = fold(titleOf(r));
    return title === q ? 2 : title.includes(q) ? 1 : 0;
  };
  return results
    .map((r, i) => ({ r, i, s: score(r) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.r);
}
