import gcoord from 'gcoord';

/**
 * Links that open a place in the map apps readers already use. Chinese map services do
 * not take GPS (WGS-84) coordinates: 高德 and 腾讯 expect GCJ-02, 百度 expects BD-09, so
 * coordinates are converted with gcoord. Mind the order: 高德 takes "lng,lat"; 百度, 腾讯
 * and Apple take "lat,lng". Without coordinates, each link searches for the name in 郑州.
 */
export type MapService = 'amap' | 'baidu' | 'tencent' | 'apple';
export const MAP_SERVICES: MapService[] = ['amap', 'baidu', 'tencent', 'apple'];

/** Identifies this site to the map services (their URI APIs ask for a source name). */
const APP = 'zhengzhou-laoqu';
const CITY = '郑州';

export type LngLat = [number, number];

export function toGcj02(wgs84: LngLat): LngLat {
  return gcoord.transform(wgs84, gcoord.WGS84, gcoord.GCJ02) as LngLat;
}

export function toBd09(wgs84: LngLat): LngLat {
  return gcoord.transform(wgs84, gcoord.WGS84, gcoord.BD09) as LngLat;
}

/** Round to 6 decimals (about 0.1 m), enough for a map pin and stable in tests. */
const fix = (n: number) => Number(n.toFixed(6));

const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

/** URL that opens `name` in a map service: a pin at the coordinates, or a search in 郑州. */
export function mapUrl(service: MapService, name: string, wgs84?: LngLat): string {
  if (!wgs84) return searchUrl(service, name);
  switch (service) {
    case 'amap': {
      const [lng, lat] = toGcj02(wgs84);
      return `https://uri.amap.com/marker?${query({ position: `${fix(lng)},${fix(lat)}`, name, coordinate: 'gaode', src: APP, callnative: '1' })}`;
    }
    case 'baidu': {
      const [lng, lat] = toBd09(wgs84);
      return `https://api.map.baidu.com/marker?${query({ location: `${fix(lat)},${fix(lng)}`, title: name, content: name, coord_type: 'bd09ll', output: 'html', src: APP })}`;
    }
    case 'tencent': {
      const [lng, lat] = toGcj02(wgs84);
      return `https://apis.map.qq.com/uri/v1/marker?${query({ marker: `coord:${fix(lat)},${fix(lng)};title:${name}`, referer: APP })}`;
    }
    case 'apple': {
      // Apple Maps URLs take WGS-84 and apply the China offset themselves.
      const [lng, lat] = wgs84;
      return `https://maps.apple.com/?${query({ ll: `${fix(lat)},${fix(lng)}`, q: name })}`;
    }
  }
}

function searchUrl(service: MapService, name: string): string {
  switch (service) {
    case 'amap':
      return `https://uri.amap.com/search?${query({ keyword: name, city: CITY, src: APP, callnative: '1' })}`;
    case 'baidu':
      return `https://api.map.baidu.com/place/search?${query({ query: name, region: CITY, output: 'html', src: APP })}`;
    case 'tencent':
      return `https://apis.map.qq.com/uri/v1/search?${query({ keyword: name, region: CITY, referer: APP })}`;
    case 'apple':
      return `https://maps.apple.com/?${query({ q: `${CITY} ${name}` })}`;
  }
}

/** Great-circle ("straight-line") distance in kilometres between two WGS-84 points. */
export function straightLineKm(a: LngLat, b: LngLat): number {
  // Haversine formula; gcoord converts datums but has no distance function.
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLng = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}
