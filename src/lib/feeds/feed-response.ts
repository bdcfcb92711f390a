/** The /feed.xml and /en/feed.xml endpoints: the site's updates in one language as Atom. */
import { langOf, type Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { absoluteUrl, localizePath } from '../routing/paths.ts';
import { atomFeed } from './atom.ts';
import { siteUpdates } from './feed-data.ts';

/** Where each language's feed lives. */
export const feedPath = (locale: Locale) => localizePath('/', locale) + 'feed.xml';

export async function feedResponse(locale: Locale, site: URL): Promise<Response> {
  const updates = await siteUpdates(locale);
  const xml = atomFeed({
    title: t(locale, 'feed.title'),
    subtitle: t(locale, 'feed.subtitle'),
    home: absoluteUrl(localizePath('/', locale), site),
    self: absoluteUrl(feedPath(locale), site),
    language: langOf[locale],
    publisher: t(locale, 'site.name'),
    rights: t(locale, 'feed.rights'),
    entries: updates.map((u) => ({
      url: absoluteUrl(u.path, site),
      title: u.title,
      summary: u.summary,
      date: u.date,
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
