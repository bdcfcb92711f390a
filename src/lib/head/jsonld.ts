/**
 * Pure builders of schema.org structured data (JSON-LD). Each returns a plain object;
 * src/lib/head/jsonld-page.ts gathers the content and BaseLayout renders one
 * <script type="application/ld+json"> per page with `serializeJsonLd`.
 */
export type JsonLd = { '@type': string | string[] } & Record<string, unknown>;

/** One graph per page, so a page has exactly one JSON-LD block. */
export function jsonLdGraph(items: JsonLd[]) {
  return { '@context': 'https://schema.org', '@graph': items };
}

/**
 * JSON for inside a <script> element: `<`, `>` and `&` are written as \u escapes so that
 * no text (e.g. a title containing "</script>") can end the element; U+2028/2029 too,
 * for old JavaScript parsers. JSON.parse gives back the same data.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface Crumb {
  name: string;
  url: string;
}

/**
 * The breadcrumb trail of a neutral path: home, then every ancestor, then the page, each
 * only when `find` knows a page for it (no links to pages that do not exist).
 */
export function breadcrumbTrail(key: string, find: (key: string) => Crumb | undefined): Crumb[] {
  const parts = key.split('/').filter(Boolean);
  const keys = ['/', ...parts.map((_, i) => `/${parts.slice(0, i + 1).join('/')}/`)];
  return keys.map(find).filter((c): c is Crumb => c !== undefined);
}

export function breadcrumbList(crumbs: Crumb[]): JsonLd {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.name,
      item: c.url,
    })),
  };
}

export function webSite(input: {
  name: string;
  alternateName?: string;
  url: string;
  inLanguage: string;
  searchUrl: string;
}): JsonLd {
  return {
    '@type': 'WebSite',
    '@id': `${input.url}#website`,
    name: input.name,
    ...(input.alternateName ? { alternateName: input.alternateName } : {}),
    url: input.url,
    inLanguage: input.inLanguage,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${input.searchUrl}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

export interface LegislationInput {
  name: string;
  url: string;
  identifier: string;
  /** 成文日期 */
  dateWritten: string;
  /** 印发日期 */
  dateIssued: string;
  jurisdiction: string;
  publisher: { name: string; alternateName?: string };
  inLanguage: string;
  parts: Array<{ name: string; url: string; position: number }>;
  /** For a translation: the URL of the original-language page. */
  translationOf?: string;
}

export function legislation(input: LegislationInput): JsonLd {
  return {
    '@type': 'Legislation',
    '@id': `${input.url}#legislation`,
    name: input.name,
    url: input.url,
    legislationIdentifier: input.identifier,
    legislationDate: input.dateWritten,
    datePublished: input.dateIssued,
    legislationJurisdiction: { '@type': 'AdministrativeArea', name: input.jurisdiction },
    publisher: { '@type': 'Organization', ...input.publisher },
    inLanguage: input.inLanguage,
    hasPart: input.parts.map((p) => ({
      '@type': 'Legislation',
      name: p.name,
      url: p.url,
      position: p.position,
    })),
    ...(input.translationOf ? { translationOfWork: { '@id': `${input.translationOf}#legislation` } } : {}),
  };
}

/** The name, description and URL of the thing a page is about. */
export interface PageThing {
  name: string;
  description: string;
  url: string;
}
const about = ({ name, description, url }: PageThing) => ({ name, description, url });
const alternateNames = (names: string[]) => (names.length ? { alternateName: names } : {});

export interface HeritageSiteInput extends PageThing {
  alternateNames: string[];
  address: { street: string; locality: string; region: string };
  /** WGS-84 [longitude, latitude], only when a source gives it. */
  lngLat?: [number, number];
}

export function heritageSite(input: HeritageSiteInput): JsonLd {
  return {
    '@type': ['LandmarksOrHistoricalBuildings', 'TouristAttraction'],
    ...about(input),
    ...alternateNames(input.alternateNames),
    address: {
      '@type': 'PostalAddress',
      streetAddress: input.address.street,
      addressLocality: input.address.locality,
      addressRegion: input.address.region,
      addressCountry: 'CN',
    },
    ...(input.lngLat
      ? { geo: { '@type': 'GeoCoordinates', longitude: input.lngLat[0], latitude: input.lngLat[1] } }
      : {}),
  };
}

export function product(input: PageThing & { alternateNames: string[] }): JsonLd {
  return { '@type': 'Product', ...about(input), ...alternateNames(input.alternateNames) };
}

export function touristTrip(
  input: PageThing & { provider: string; stops: Array<{ name: string; url?: string }> },
): JsonLd {
  return {
    '@type': 'TouristTrip',
    ...about(input),
    provider: { '@type': 'Organization', name: input.provider },
    itinerary: {
      '@type': 'ItemList',
      numberOfItems: input.stops.length,
      itemListOrder: 'https://schema.org/ItemListOrderAscending',
      itemListElement: input.stops.map((s, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        item: s.url
          ? { '@type': 'TouristAttraction', name: s.name, url: s.url }
          : { '@type': 'Place', name: s.name },
      })),
    },
  };
}
