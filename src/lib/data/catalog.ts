/**
 * The heritage sites, products, routes, places and timeline of one locale, with the
 * cross-references resolved once per build: what lies in each place, which routes pass
 * through it, the site behind each route stop. Pages look things up in these maps; none
 * scans a whole collection.
 */
import type { Locale } from '../../i18n/locales.ts';
import { getEntriesIn, once, type Entry } from './entries.ts';
import type { SiteInfo } from '../domain/itinerary.ts';
import { entryPath } from '../../collections.ts';
import { localizePath } from '../routing/paths.ts';

export type SiteEntry = Entry<'sites'>;
export type ProductEntry = Entry<'products'>;
export type TouristRouteEntry = Entry<'routes'>;
export type PlaceEntry = Entry<'places'>;
export type TopicEntry = Entry<'topics'>;

/** The fields of a topic that list the detail pages belonging to it. */
export const TOPIC_LINKS = ['sites', 'places', 'events', 'products', 'routes', 'measures'] as const;
export type TopicLink = (typeof TOPIC_LINKS)[number];

export function catalog(locale: Locale) {
  return once(`catalog:${locale}`, async () => {
    const [sites, products, routes, places, timeline, topics] = await Promise.all([
      getEntriesIn('sites', locale),
      getEntriesIn('products', locale),
      getEntriesIn('routes', locale),
      getEntriesIn('places', locale),
      getEntriesIn('timeline', locale),
      getEntriesIn('topics', locale),
    ]);
    const siteBySlug = new Map(sites.map((s) => [s.slug, s]));
    const placeBySlug = new Map(places.map((p) => [p.slug, p]));
    /** What a route stop needs of its site, for every route page and its JSON-LD. */
    const siteInfo = new Map<string, SiteInfo>(
      sites.map((s) => [
        s.slug,
        { title: s.data.title, place: s.data.place, coordinates: s.data.coordinates?.lngLat },
      ]),
    );
    return {
      sites,
      products,
      routes,
      places,
      topics,
      topicsOf: topicsByLink(topics),
      timeline: [...timeline].sort((a, b) => a.data.date.localeCompare(b.data.date)),
      siteBySlug,
      placeBySlug,
      siteInfo,
      byPlace: groupByPlace(places, sites, products, routes, siteBySlug),
      path: {
        site: (slug: string) => entryPath('sites', slug, locale),
        product: (slug: string) => entryPath('products', slug, locale),
        route: (slug: string) => entryPath('routes', slug, locale),
        place: (slug: string) => entryPath('places', slug, locale),
        measure: (n: number) => entryPath('measures', String(n), locale),
        topic: (slug: string) => entryPath('topics', slug, locale),
        event: (slug: string) => `${localizePath('/timeline/', locale)}#event-${slug}`,
      },
    };
  });
}

interface InPlace {
  sites: SiteEntry[];
  products: ProductEntry[];
  routes: TouristRouteEntry[];
}

/**
 * What lies in each place and which routes pass through it, in one pass over the entries
 * (not one scan of every entry per place). Lists keep the entries' order.
 */
function groupByPlace(
  places: PlaceEntry[],
  sites: SiteEntry[],
  products: ProductEntry[],
  routes: TouristRouteEntry[],
  siteBySlug: Map<string, SiteEntry>,
): Map<string, InPlace> {
  const byPlace = new Map<string, InPlace>(
    places.map((p) => [p.slug, { sites: [], products: [], routes: [] }]),
  );
  for (const s of sites) byPlace.get(s.data.place)?.sites.push(s);
  for (const p of products) for (const slug of new Set(p.data.places)) byPlace.get(slug)?.products.push(p);
  for (const r of routes) {
    const through = new Set(r.data.stops.map((s) => (s.site ? siteBySlug.get(s.site)?.data.place : s.place)));
    for (const slug of through) if (slug) byPlace.get(slug)?.routes.push(r);
  }
  return byPlace;
}

/** For each kind of detail page, the topics that list it (so detail pages link back to their topics). */
function topicsByLink(topics: TopicEntry[]): Record<TopicLink, Map<string, TopicEntry[]>> {
  const by = Object.fromEntries(TOPIC_LINKS.map((k) => [k, new Map<string, TopicEntry[]>()])) as Record<
    TopicLink,
    Map<string, TopicEntry[]>
  >;
  for (const topic of topics) {
    for (const link of TOPIC_LINKS) {
      for (const value of topic.data[link]) {
        const key = String(value);
        by[link].set(key, [...(by[link].get(key) ?? []), topic]);
      }
    }
  }
  return by;
}
