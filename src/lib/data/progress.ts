/**
 * What the measure pages, the 2025-goals page, the feeds and the home page show of the plan
 * in practice, gathered once per build and locale: the explainer of each measure, the
 * reported progress items (newest first, each measure's own list) and the reports on the
 * 2025 goals. An English page falls back to the Chinese entry where no translation exists.
 */
import type { Locale } from '../../i18n/locales.ts';
import { getEntriesIn, once, type Entry } from './entries.ts';
import { getCollection } from 'astro:content';

export type ExplainerEntry = Entry<'explainers'>;
export type ProgressEntry = Entry<'progress'>;

/** The entries of a collection in `locale`, with the Chinese entry for every slug not translated. */
async function withFallback<C extends 'explainers' | 'progress'>(
  collection: C,
  locale: Locale,
): Promise<Entry<C>[]> {
  const [own, zh] = await Promise.all([getEntriesIn(collection, locale), getEntriesIn(collection, 'zh-cn')]);
  const bySlug = new Map(own.map((e) => [e.slug, e]));
  return zh.map((e) => bySlug.get(e.slug) ?? e);
}

/** Newest first; a date known only to the month or year comes after the precise dates of that month or year. */
export const newestFirst = (a: { data: { date: string } }, b: { data: { date: string } }) =>
  b.data.date.localeCompare(a.data.date);

export function progressContext(locale: Locale) {
  return once(`progress:${locale}`, async () => {
    const [explainers, items] = await Promise.all([
      withFallback('explainers', locale),
      withFallback('progress', locale),
    ]);
    const sorted = [...items].sort(newestFirst);
    const byMeasure = new Map<number, ProgressEntry[]>();
    for (const item of sorted)
      for (const n of new Set(item.data.measures)) byMeasure.set(n, [...(byMeasure.get(n) ?? []), item]);
    return {
      explainers: new Map(explainers.map((e) => [e.data.measure, e])),
      items: sorted,
      byMeasure,
    };
  });
}

/** What public sources report on the plan's 2025 goals (content/goal-reports.yaml), in file order. */
export function getGoalReports() {
  return once('goal-reports', async () => (await getCollection('goal-reports')).map((g) => g.data));
}
