/**
 * Everything a page needs besides its view's own lookups, computed once per page from its
 * row of the route table (as Starlight's route data): the content entry typed by the
 * page's kind, the head tags, the JSON-LD, where the page comes from (edit link, last
 * update), the language switch and the Chinese original of an English page. The layout,
 * the header and footer and every view read this object; none fetches or casts again.
 */
import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import type { DepartmentData } from '../../schemas/departments.ts';
import { fileOf, type CollectionOfKind, type EntryPageKind } from '../../collections.ts';
import { citationMetaTags } from '../citation/meta-tags.ts';
import { pageCitations, type PageCitations } from '../citation/page-data.ts';
import { CITABLE_KINDS } from '../citation/paths.ts';
import { findEntry, getDepartments, getRouteIndex, type Entry } from '../data/entries.ts';
import { pageUpdated } from '../data/page-updated.ts';
import { editUrl } from '../data/provenance.ts';
import { reportUrl } from '../data/reports.ts';
import { buildHead, type HeadData } from '../head/head.ts';
import { serializeJsonLd } from '../head/jsonld.ts';
import { structuredData } from '../head/jsonld-page.ts';
import { ogAlt } from '../og/card.ts';
import { ogCard } from '../og/card-data.ts';
import { feedPath } from '../feeds/feed-response.ts';
import type { Route, RouteIndex, RouteKind } from './routes.ts';

/** The content behind each kind of entry page: an MDX entry, or a department's record. */
type EntryOfKind = {
  [K in EntryPageKind]: K extends 'department'
    ? DepartmentData
    : Entry<Extract<CollectionOfKind<K>, Entry['collection']>>;
};

interface PageBase {
  route: Route;
  locale: Locale;
  /** The whole route table, for links to other pages. */
  routes: RouteIndex;
  /** Path of the Chinese original, on every page that has one (for the translation notice). */
  original?: string;
  head: HeadData;
  /** The page's JSON-LD, serialised; pages outside the route table (404) have none. */
  jsonLd?: string;
  /** Edit link and last-updated date of the page's content file. */
  provenance?: { edit?: string; updated?: string };
  /** “Report a problem”: a new issue on the correction form, prefilled for this page (when REPO_URL is set). */
  report?: string;
  /** Where the language switch leads (the nearest existing page in the other language). */
  switchTarget: { route: Route; fallback: boolean };
  /** Extra stylesheets (the generated no-JavaScript filter rules). */
  stylesheets: string[];
  /** On pages with a “cite this page” block: what the page cites, as CSL-JSON items (its cite block, downloads and citation meta tags). */
  citations?: PageCitations;
}

/** A page's data, discriminated by its kind: `entry` is typed by the kind. */
export type PageData = {
  [K in RouteKind]: PageBase & { kind: K; entry: K extends EntryPageKind ? EntryOfKind[K] : undefined };
}[RouteKind];

/** The data of one kind of page, for a view's Props: PageOf<'site'>. */
export type PageOf<K extends RouteKind> = Extract<PageData, { kind: K }>;

/** Pages with no-JavaScript filters load the generated filter rules. */
const FILTER_PAGES: ReadonlySet<RouteKind> = new Set(['sites', 'timeline']);

async function entryOf(route: Route): Promise<unknown> {
  if (!route.entry) return undefined;
  if (route.kind === 'department') {
    const id = route.entry.slice('departments/'.length);
    return (await getDepartments()).find((d) => d.id === id);
  }
  return findEntry(route.entry);
}

/**
 * `alternatePaths`: for pages outside the route table (the 404 pages), the same page in
 * each language; table pages find theirs in the table.
 */
export async function pageData(
  route: Route,
  site: URL,
  alternatePaths?: Partial<Record<Locale, string>>,
): Promise<PageData> {
  const routes = await getRouteIndex();
  const entry = await entryOf(route);
  const file = entry && typeof entry === 'object' && 'raw' in entry ? (entry as Entry) : undefined;
  const inTable = routes.get(route.key, route.locale)?.path === route.path;
  /** Pages outside the route table (404) have no image of their own and show the home page's. */
  const imageRoute = inTable ? route : routes.get('/', route.locale)!;
  const citations = inTable && CITABLE_KINDS.has(route.kind) ? await pageCitations(route, site) : undefined;
  const head = buildHead({
    locale: route.locale,
    path: route.path,
    canonicalPath: route.untranslated ? routes.get(route.key, 'zh-cn')?.path : undefined,
    title: route.title,
    description: route.description,
    siteName: t(route.locale, 'site.name'),
    titleSuffix: t(route.locale, 'meta.titleSuffix'),
    tabTitle: file && 'shortTitle' in file.data ? file.data.shortTitle : undefined,
    alternatePaths:
      alternatePaths ?? Object.fromEntries(routes.alternates(route).map((r) => [r.locale, r.path])),
    site,
    isHome: route.kind === 'home',
    ogImageAlt: ogAlt(await ogCard(imageRoute)),
    ogImagePage: imageRoute.path,
    feed: { path: feedPath(route.locale), title: t(route.locale, 'feed.title') },
    citation: citations && citationMetaTags(citations.page),
  });
  // The glossary is one file; the timeline, one file per event (no single file to edit).
  const path = file?.raw.filePath ?? (route.kind === 'glossary' ? fileOf('glossary') : undefined);
  const updated = await pageUpdated(route);
  return {
    kind: route.kind,
    route,
    locale: route.locale,
    routes,
    entry,
    original: routes.get(route.key, 'zh-cn')?.path,
    head,
    jsonLd: inTable ? serializeJsonLd(await structuredData(route, routes, site)) : undefined,
    provenance: path || updated ? { edit: path && editUrl(path), updated } : undefined,
    switchTarget: routes.switchTarget(route),
    stylesheets: FILTER_PAGES.has(route.kind) ? ['/filters.css'] : [],
    citations,
    report: inTable
      ? reportUrl({
          pageUrl: head.canonical,
          title: route.title,
          language: t(route.locale, 'report.language'),
        })
      : undefined,
  } as PageData;
}
