import { describe, expect, it } from 'vitest';
import { mapUrl, straightLineKm, toBd09, toGcj02 } from '../../../src/lib/domain/maps.ts';

/** Reference values published with the coordtransform library (WGS-84 116.404, 39.915). */
const WGS: [number, number] = [116.404, 39.915];

const params = (url: string) => new URL(url).searchParams;

describe('coordinate conversion', () => {
  it('converts WGS-84 to GCJ-02 as the reference does', () => {
    const [lng, lat] = toGcj02(WGS);
    expect(lng).toBeCloseTo(116.41024449916938, 9);
    expect(lat).toBeCloseTo(39.91640428150164, 9);
  });

  it('converts WGS-84 to BD-09 through GCJ-02', () => {
    const [lng, lat] = toBd09(WGS);
    // GCJ-02 of WGS, then the published GCJ-02 -> BD-09 step
    expect(lng).toBeGreaterThan(116.41024449916938);
    expect(lat).toBeGreaterThan(39.91640428150164);
    expect(lng - 116.41024449916938).toBeCloseTo(0.0065, 2);
  });
});

describe('map links with coordinates', () => {
  it('gives 高德 GCJ-02 as "lng,lat"', () => {
    expect(params(mapUrl('amap', '二七纪念塔', WGS)).get('position')).toBe('116.410244,39.916404');
  });

  it('gives 腾讯 GCJ-02 as "lat,lng"', () => {
    expect(params(mapUrl('tencent', '二七纪念塔', WGS)).get('marker')).toBe(
      'coord:39.916404,116.410244;title:二七纪念塔',
    );
  });

  it('gives 百度 BD-09 as "lat,lng" and says so', () => {
    const p = params(mapUrl('baidu', '二七纪念塔', WGS));
    const [lng, lat] = toBd09(WGS);
    const [pLat, pLng] = p.get('location')!.split(',').map(Number);
    expect(pLat).toBeCloseTo(lat, 6);
    expect(pLng).toBeCloseTo(lng, 6);
    expect(p.get('coord_type')).toBe('bd09ll');
  });

  it('gives Apple Maps WGS-84 as "lat,lng"', () => {
    expect(params(mapUrl('apple', '二七纪念塔', WGS)).get('ll')).toBe('39.915,116.404');
  });
});

describe('map links without coordinates', () => {
  it('search for the name within 郑州 in every service', () => {
    expect(params(mapUrl('amap', '新郑县抗日民主政府旧址')).get('keyword')).toBe('新郑县抗日民主政府旧址');
    expect(params(mapUrl('amap', 'x')).get('city')).toBe('郑州');
    expect(params(mapUrl('baidu', 'x')).get('region')).toBe('郑州');
    expect(params(mapUrl('tencent', 'x')).get('region')).toBe('郑州');
    expect(params(mapUrl('apple', '景店烈士陵园')).get('q')).toBe('郑州 景店烈士陵园');
  });
});

describe('straight-line distance', () => {
  it('is about 111 km per degree of latitude', () => {
    expect(straightLineKm([113, 34], [113, 35])).toBeCloseTo(111.2, 0);
  });
  it('is zero for the same point', () => {
    expect(straightLineKm(WGS, WGS)).toBe(0);
  });
});
