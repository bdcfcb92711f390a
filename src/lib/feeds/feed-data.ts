/**
 * What changed on the site, newest first, for the Atom feeds and the home page: each
 * reported-progress item (dated by when an editor checked and added it) and each topic page
 * (dated by its last verification). Gathered once per build and locale.
 */
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { formatDate } from '../../i18n/dates.ts';
import { punct } from '../../i18n/punct.ts';
import { catalog } from '../data/catalog.ts';
import { once } from '../data/entries.ts';
import { policyContext } from '../data/policy.ts';
import { progressContext } from '../data/progress.ts';

export interface Update {
  /** YYYY-MM-DD: when the site added or last checked it. */
  date: string;
  kind: 'progress' | 'topic';
  title: string;
  summary: string;
  /** Site path of the page it is shown on, with its anchor. */
  path: string;
}

export function siteUpdates(locale: Locale): Promise<Update[]> {
  return once(`updates:${locale}`, async () => {
    const [progress, policy, c] = await Promise.all([
      progressContext(locale),
      policyContext(locale),
      catalog(locale),
    ]);
    const { colon } = punct(locale);
    const fromProgress: Update[] = progress.items.flatMap((item) => {
      const measure = policy.byNumber.get(item.data.measures[0]!);
      if (!measure) return [];
      return [
        {
          date: item.data.lastChecked,
          kind: 'progress' as const,
          title: `${t(locale, 'updates.progress')}${colon}${item.data.title}`,
          summary: `${formatDate(item.data.date, locale)}${colon}${item.data.claim}`,
          path: `${measure.path}#progress-${item.slug}`,
        },
      ];
    });
    const fromTopics: Update[] = c.topics.map((topic) => ({
      date: topic.data.lastUpdated ?? topic.data.lastVerified,
      kind: 'topic' as const,
      title: `${t(locale, 'updates.topic')}${colon}${topic.data.title}`,
      summary: topic.data.summary,
      path: c.path.topic(topic.slug),
    }));
    return [...fromProgress, ...fromTopics].sort(
      (a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title),
    );
  });
}
