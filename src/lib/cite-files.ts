/**
 * The citation downloads of every citable page, one row per page of the route table:
 * /cite/<path>.bib (biblatex) and /cite/<path>.json (CSL-JSON). On the policy and measure
 * pages the plan itself is a second entry.
 */
import { getRouteIndex } from './entries.ts';
import { pageCitations } from './cite-data.ts';
import { bibtex } from './citation/bibtex.ts';
import { cslItem } from './citation/csl-json.ts';
import { CITABLE_KINDS, citeKey, citeParam, PLAN_KEY } from './citation/paths.ts';

export async function citeStaticPaths() {
  const routes = await getRouteIndex();
  return routes.routes
    .filter((r) => CITABLE_KINDS.has(r.kind))
    .map((route) => ({ params: { path: citeParam(route.path) }, props: { route } }));
}

export async function citeFile(route: Parameters<typeof pageCitations>[0], site: URL, format: 'bib' | 'json'): Promise<string> {
  const { page, plan } = await pageCitations(route, site);
  const key = citeKey(route.path);
  if (format === 'json') {
    const items = [cslItem(key, page), ...(plan ? [cslItem(PLAN_KEY, plan.gb)] : [])];
    return JSON.stringify(items, null, 2) + '\n';
  }
  const header = `% ${page.url}\n% @online and @archive are biblatex entry types; the gbt7714 and biblatex-gb7714 styles print them as [EB/OL] and [A].\n\n`;
  return header + bibtex(key, page) + (plan ? `\n${bibtex(PLAN_KEY, plan.gb)}` : '');
}
