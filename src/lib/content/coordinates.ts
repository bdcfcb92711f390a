import type { Problem } from './problems.ts';
import type { CheckedEntry } from './references.ts';

/**
 * Site coordinates must lie in China, written [longitude, latitude]. China's bounding box,
 * roughly: longitude 73–135 °E, latitude 18–54 °N. Swapped numbers ([34.75, 113.66]) are
 * the usual mistake, because map apps and most web pages show latitude first.
 */
export const CHINA = { lng: [73, 135], lat: [18, 54] } as const;

const inRange = (v: number, [min, max]: readonly [number, number]) => v >= min && v <= max;

export function checkCoordinates(entries: CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries) {
    const lngLat = (e.data as { coordinates?: { lngLat: [number, number] } }).coordinates?.lngLat;
    if (e.collection !== 'sites' || !lngLat) continue;
    const [lng, lat] = lngLat;
    if (inRange(lng, CHINA.lng) && inRange(lat, CHINA.lat)) continue;
    const swapped = inRange(lat, CHINA.lng) && inRange(lng, CHINA.lat);
    const base = { file: e.file, line: e.lineOf(['coordinates', 'lngLat']), field: 'coordinates.lngLat' };
    problems.push(
      swapped
        ? {
            ...base,
            zh: `坐标 [${lng}, ${lat}] 的经纬度写反了：纬度写在了前面`,
            en: `coordinates [${lng}, ${lat}] are swapped: latitude comes first`,
            fixZh: `改成 [${lat}, ${lng}]：经度在前，纬度在后`,
            fixEn: `write [${lat}, ${lng}]: longitude first, then latitude`,
          }
        : {
            ...base,
            zh: `坐标 [${lng}, ${lat}] 不在中国境内（经度 73–135，纬度 18–54）`,
            en: `coordinates [${lng}, ${lat}] are outside China (longitude 73–135, latitude 18–54)`,
            fixZh: '按 [经度, 纬度] 填写 WGS-84 十进制度数，例如郑州约为 [113.66, 34.75]',
            fixEn: 'write [longitude, latitude] in WGS-84 decimal degrees, e.g. Zhengzhou is about [113.66, 34.75]',
          },
    );
  }
  return problems;
}
