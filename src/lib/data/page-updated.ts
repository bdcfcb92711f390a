/**
 * The date a page's content last changed (YYYY-MM-DD), which its footer and its citation
 * both give: an entry page's file (frontmatter `lastUpdated`, else its last commit); the
 * timeline, the newest of its events in that language; the glossary, its one YAML file.
 * Pages made from no content file (lists, search) have none.
 */
import { fileOf } from '../../collections.ts';
import type { Route } from '../routing/routes.ts';
import { findEntry, getEntriesIn } from './entries.ts';
import { lastUpdated } from './provenance.ts';

export async function pageUpdated(route: Route): Promise<string | undefined> {
  if (route.kind === 'timeline') {
    const events = await getEntriesIn('timeline', route.locale);
    const dates = events.map((e) =>
      e.raw.filePath ? lastUpdated(e.raw.filePath, e.data.lastUpdated) : e.data.lastUpdated,
    );
    return dates
      .filter((d): d is string => Boolean(d))
      .sort()
      .at(-1);
  }
  if (route.kind === 'glossary') return lastUpdated(fileOf('glossary'));
  const entry = route.entry ? await findEntry(route.entry) : undefined;
  return entry?.raw.filePath ? lastUpdated(entry.raw.filePath, entry.data.lastUpdated) : undefined;
}
