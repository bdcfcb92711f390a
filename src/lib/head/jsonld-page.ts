/**
 * The JSON-LD graph of a page: gathers the content behind the route and hands it to the
 * pure builders in jsonld.ts. Every page gets a BreadcrumbList; home pages a WebSite with
 * a SearchAction; the policy page a Legislation with its 20 measures; sites, products and
 * routes their own types.
 */
import { langOf, otherLocale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { catalog } from '../data/catalog.ts';
import { findEntry } from '../data/entries.ts';
import { resolveStops } from '../domain/itinerary.ts';
import { measureTitle } from '../domain/policy.ts';
import {
  breadcrumbList,
  breadcrumbTrail,
  heritageSite,
  jsonLdGraph,
  legislation,
  product,
  touristTrip,
  webSite,
  type JsonLd,
} from './jsonld.ts';
import { absoluteUrl, localizePath } from '../routing/paths.ts';
import { policyContext } from '../data/policy.ts';
import type { Route, RouteIndex } from '../routing/routes.ts';
import type { PolicyData } from '../../schemas/policy.ts';
import type { ProductData } from '../../schemas/products.ts';
import type { TouristRouteData } from '../../schemas/routes.ts';
import type { SiteData } from '../../schemas/sites.ts';

export async function structuredData(route: Route, routes: RouteIndex, site: string | URL) {
  const { locale } = route;
  const url = (path: string) => absoluteUrl(path, site);
  const items: JsonLd[] = [];
  if (route.kind === 'home') {
    items.push(
      webSite({
        name: t(locale, 'site.name'),
        alternateName: t(otherLocale(locale), 'site.name'),
        url: url(route.path),
        inLanguage: langOf[locale],
        searchUrl: url(localizePath('/search/', locale)),
      }),
    );
  }
  const entry = route.entry ? await findEntry(route.entry) : undefined;
  const own = entry?.locale === locale ? entry : undefined;
  const c = await catalog(locale);
  const base = { name: route.title, description: route.description, url: url(route.path) };
  if (route.kind === 'policy' && own?.collection === 'policy') {
    const d = own.data as PolicyData;
    const ctx = await policyContext(locale);
    const zhIssuer = (await policyContext('zh-cn')).policy?.data.issuer;
    const zhPage = locale === 'zh-cn' ? undefined : routes.get(route.key, 'zh-cn');
    items.push(
      legislation({
        name: d.title,
        url: base.url,
        identifier: d.docNumber,
        dateWritten: d.dateWritten,
        dateIssued: d.dateIssued,
        jurisdiction: t(locale, 'jsonld.jurisdiction'),
        publisher: {
          name: d.issuer,
          ...(zhIssuer && zhIssuer !== d.issuer ? { alternateName: zhIssuer } : {}),
        },
        inLanguage: langOf[locale],
        parts: ctx.measures.map((m) => ({
          name: measureTitle(locale, m.number, m.title),
          url: url(m.path),
          position: m.number,
        })),
        translationOf: zhPage ? url(zhPage.path) : undefined,
      }),
    );
  } else if (route.kind === 'site' && own?.collection === 'sites') {
    const d = own.data as SiteData;
    items.push(
      heritageSite({
        ...base,
        alternateNames: d.otherNames,
        address: {
          street: d.address,
          locality: c.placeBySlug.get(d.place)?.data.title ?? d.place,
          region: t(locale, 'jsonld.region'),
        },
        lngLat: d.coordinates?.lngLat,
      }),
    );
  } else if (route.kind === 'product' && own?.collection === 'products') {
    const d = own.data as ProductData;
    items.push(product({ ...base, alternateNames: d.commonNames }));
  } else if (route.kind === 'route' && own?.collection === 'routes') {
    const d = own.data as TouristRouteData;
    const stops = resolveStops(d.stops, c.siteInfo).map((s) => ({
      name: s.title,
      url: s.siteSlug ? url(c.path.site(s.siteSlug)) : undefined,
    }));
    items.push(touristTrip({ ...base, provider: d.publisher, stops }));
  }
  const crumbs = breadcrumbTrail(route.key, (key) => {
    const r = routes.get(key, locale);
    return r && { name: r.title, url: url(r.path) };
  });
  items.push(breadcrumbList(crumbs));
  return jsonLdGraph(items);
}
