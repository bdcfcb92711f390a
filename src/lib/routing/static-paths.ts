import { findEntry, getRouteIndex } from '../data/entries.ts';
import { lastUpdated } from '../data/provenance.ts';
import { writePageDates } from '../build/page-dates.ts';

/**
 * getStaticPaths for the catch-all page: one path per row of the route table. In a build it
 * also records each page's last-updated date for the sitemap's <lastmod> (the same date the
 * page's footer shows).
 */
export async function staticPathsFromRoutes() {
  const routes = await getRouteIndex();
  if (!import.meta.env.DEV) {
    const dates: Record<string, string> = {};
    for (const route of routes.routes) {
      if (route.untranslated) continue;
      const entry = route.entry ? await findEntry(route.entry) : undefined;
      const updated = entry?.raw.filePath
        ? lastUpdated(entry.raw.filePath, entry.data.lastUpdated)
        : undefined;
      if (updated) dates[route.path] = updated;
    }
    writePageDates(process.cwd(), dates);
  }
  return routes.routes.map((route) => ({
    params: { path: route.path === '/' ? undefined : route.path.slice(1, -1) },
    props: { route },
  }));
}
