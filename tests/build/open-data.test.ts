import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, SITE, pageByPath, resolvesInDist } from '../helpers/dist.ts';

/**
 * The open-data files in dist/data/: structure, and counts that match the content
 * (one record per Chinese content file: 20 measures, every site, 5 products, 3 routes).
 */
const contentCount = (collection: string) =>
  readdirSync(join('content', collection, 'zh-cn')).filter((f) => f.endsWith('.mdx')).length;
const json = (name: string) => JSON.parse(readFileSync(join(DIST, 'data', name), 'utf8'));

/** Minimal RFC 4180 parser (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

function expectEnvelope(body: Record<string, unknown>) {
  expect(body).toMatchObject({
    license: 'CC-BY-4.0',
    licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
    documentation: `${SITE}/data/`,
  });
  expect(body.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
}

describe('open data', () => {
  it('the /data/ page exists in both languages and links every file, each of which exists', () => {
    for (const path of ['/data/', '/en/data/']) {
      const links = pageByPath(path)
        .querySelectorAll('a[download]')
        .map((a) => a.getAttribute('href')!);
      expect(links.sort(), path).toEqual([
        '/data/measures.csv',
        '/data/measures.json',
        '/data/products.json',
        '/data/routes.json',
        '/data/sites.geojson',
      ]);
      for (const href of links) expect(resolvesInDist(href), href).toBe(true);
    }
  });

  it('measures.json: 20 measures with bilingual titles, official text, departments and page URLs', () => {
    const body = json('measures.json');
    expectEnvelope(body);
    expect(contentCount('measures')).toBe(20);
    expect(body.measures).toHaveLength(20);
    interface MeasureRecord {
      number: number;
      chapter: number;
      title: { zh: string };
      text: { zh: string };
      departments: Array<Record<string, string>>;
      url: { zh: string };
    }
    body.measures.forEach((m: MeasureRecord, i: number) => {
      expect(m.number).toBe(i + 1);
      expect(m.chapter).toBeGreaterThanOrEqual(3);
      expect(m.title.zh.length).toBeGreaterThan(0);
      expect(m.text.zh.length).toBeGreaterThan(20);
      expect(m.departments.length).toBeGreaterThan(0);
      for (const d of m.departments) expect(Object.keys(d).sort()).toEqual(['en', 'id', 'zh']);
      expect(m.url.zh).toBe(`${SITE}/policy/measures/${m.number}/`);
      expect(resolvesInDist(m.url.zh)).toBe(true);
    });
    expect(body.measures[18].title.zh).toBe('优化土地资源配罝');
  });

  it('measures.csv: UTF-8 with BOM, the agreed columns, one row per measure, same text as the JSON', () => {
    const raw = readFileSync(join(DIST, 'data', 'measures.csv'));
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(raw.toString('utf8').slice(1));
    expect(rows[0]).toEqual([
      'number',
      'chapter',
      'title_zh',
      'title_en',
      'departments_zh',
      'departments_en',
      'text_zh',
      'url',
    ]);
    expect(rows).toHaveLength(21);
    const measures = json('measures.json').measures;
    rows.slice(1).forEach((r, i) => {
      expect(r).toHaveLength(8);
      expect(Number(r[0])).toBe(i + 1);
      expect(r[2]).toBe(measures[i].title.zh);
      expect(r[6]).toBe(measures[i].text.zh);
      expect(r[7]).toBe(measures[i].url.zh);
    });
  });

  it('sites.geojson: a WGS-84 FeatureCollection; every site is either a feature or counted in metadata', () => {
    const body = json('sites.geojson');
    expect(body.type).toBe('FeatureCollection');
    expect(body.crs).toBeUndefined();
    expectEnvelope(body.metadata);
    const total = contentCount('sites');
    expect(body.metadata.sitesTotal).toBe(total);
    expect(body.features.length + body.metadata.sitesWithoutCoordinates).toBe(total);
    expect(body.metadata.withoutCoordinates).toHaveLength(body.metadata.sitesWithoutCoordinates);
    for (const f of body.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      const [lng, lat] = f.geometry.coordinates;
      expect(lng).toBeGreaterThan(112); // Zhengzhou lies around 112.7–114.2 E, 34.2–34.9 N
      expect(lng).toBeLessThan(115);
      expect(lat).toBeGreaterThan(34);
      expect(lat).toBeLessThan(35.2);
    }
  });

  it('products.json: 5 products; routes.json: 3 routes whose stops link existing pages', () => {
    const products = json('products.json');
    expectEnvelope(products);
    expect(products.products).toHaveLength(contentCount('products'));
    expect(products.products).toHaveLength(5);
    const routes = json('routes.json');
    expectEnvelope(routes);
    expect(routes.routes).toHaveLength(contentCount('routes'));
    expect(routes.routes).toHaveLength(3);
    for (const r of routes.routes) {
      expect(r.stops.length).toBeGreaterThanOrEqual(2);
      r.stops.forEach((s: { order: number; url: string | null }, i: number) => {
        expect(s.order).toBe(i + 1);
        if (s.url) expect(resolvesInDist(s.url), s.url).toBe(true);
      });
    }
  });
});
