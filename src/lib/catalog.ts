/**
 * The heritage sites, products, routes, places and timeline of one locale, with the
 * cross-references resolved once per build: what lies in each place, which routes pass
 * through it, the site behind each route stop.
 */
import type { Locale } from '../i18n/locales.ts';
import { getEntriesIn, once, type Entry } from './entries.ts';
import { localizePath } from './paths.ts';

export type SiteEntry = Entry<'sites'>;
export type ProductEntry = Entry<'products'>;
export type RouteEntry = Entry<'routes'>;
export type PlaceEntry = Entry<'places'>;

export function catalog(locale: Locale) {
  return once(`catalog:${locale}`, async () => {
    const [sites, products, routes, places, timeline] = await Promise.all([
      getEntriesIn('sites', locale),
      getEntriesIn('products', locale),
      getEntriesIn('routes', locale),
      getEntriesIn('places', locale),
      getEntriesIn('timeline', locale),
    ]);
    const siteBySlug = new Map(sites.map((s) => [s.slug, s]));
    const placeBySlug = new Map(places.map((p) => [p.slug, p]));
    const routePlaces = (r: RouteEntry) =>
      new Set(r.data.stops.map((s) => (s.site ? siteBySlug.get(s.site)?.data.place : s.place)).filter(Boolean));
    const inPlace = (slug: string) => ({
      sites: sites.filter((s) => s.data.place === slug),
      products: products.filter((p) => p.data.places.includes(slug)),
      routes: routes.filter((r) => routePlaces(r).has(slug)),
    });
    const byPlace = new Map(places.map((p) => [p.slug, inPlace(p.slug)]));
    return {
      sites,
      products,
      routes,
      places,
      timeline: [...timeline].sort((a, b) => a.data.date.localeCompare(b.data.date)),
      siteBySlug,
      placeBySlug,
      byPlace,
      path: {
        site: (slug: string) => localizePath(`/sites/${slug}/`, locale),
        product: (slug: string) => localizePath(`/products/${slug}/`, locale),
        route: (slug: string) => localizePath(`/routes/${slug}/`, locale),
        place: (slug: string) => localizePath(`/places/${slug}/`, locale),
        measure: (n: number) => localizePath(`/policy/measures/${n}/`, locale),
      },
    };
  });
}
