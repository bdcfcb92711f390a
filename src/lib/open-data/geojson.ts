/**
 * Heritage sites as a GeoJSON FeatureCollection (RFC 7946: WGS-84 longitude/latitude, no
 * `crs` member). Only sites whose coordinates come from a cited source are features; the
 * `metadata` foreign member (RFC 7946 §6.1) counts and names the sites without them, so an
 * empty collection is never mistaken for “no sites”.
 */
export interface SiteRecord {
  slug: string;
  name: { zh: string; en?: string };
  kind: string;
  place: string;
  address: string;
  /** [longitude, latitude], WGS-84, when a source gives them. */
  lngLat?: [number, number];
  precision?: string;
  url: { zh: string; en?: string };
}

export function sitesFeatureCollection(sites: SiteRecord[], meta: Record<string, unknown>) {
  const located = sites.filter((s) => s.lngLat);
  const missing = sites.filter((s) => !s.lngLat);
  return {
    type: 'FeatureCollection' as const,
    metadata: {
      ...meta,
      datum: 'WGS-84',
      sitesTotal: sites.length,
      sitesWithCoordinates: located.length,
      sitesWithoutCoordinates: missing.length,
      withoutCoordinates: missing.map((s) => ({ slug: s.slug, name: s.name.zh, url: s.url.zh })),
    },
    features: located.map((s) => ({
      type: 'Feature' as const,
      id: s.slug,
      geometry: { type: 'Point' as const, coordinates: s.lngLat! },
      properties: {
        slug: s.slug,
        name_zh: s.name.zh,
        name_en: s.name.en ?? null,
        kind: s.kind,
        place: s.place,
        address_zh: s.address,
        precision: s.precision ?? null,
        url_zh: s.url.zh,
        url_en: s.url.en ?? null,
      },
    })),
  };
}
