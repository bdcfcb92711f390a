import { describe, expect, it } from 'vitest';
import { BOM, toCsv } from '../../../src/lib/open-data/csv.ts';
import { plainText } from '../../../src/lib/open-data/plain-text.ts';
import { sitesFeatureCollection, type SiteRecord } from '../../../src/lib/open-data/geojson.ts';
import { buildDate, buildId } from '../../../src/lib/build/build-info.ts';

describe('toCsv', () => {
  it('starts with a BOM, quotes only what needs it, ends lines with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, '甲，乙'],
          ['x,y', 'say "hi"\n'],
        ],
      ),
    ).toBe(`${BOM}a,b\r\n1,甲，乙\r\n"x,y","say ""hi""\n"\r\n`);
  });
  it('refuses rows of the wrong width', () => {
    expect(() => toCsv(['a', 'b'], [[1]])).toThrow(/1 fields/);
  });
});

describe('plainText', () => {
  it('keeps paragraphs and drops Markdown emphasis, links and tags', () => {
    expect(plainText('First *line*\ncontinues.\n\nSee [the plan](/policy/) and <Pinyin>x</Pinyin>.')).toBe(
      'First line continues.\n\nSee the plan and x.',
    );
  });
});

describe('sitesFeatureCollection', () => {
  const site = (slug: string, lngLat?: [number, number]): SiteRecord => ({
    slug,
    name: { zh: slug },
    kind: 'monument',
    place: 'erqi',
    address: '郑州',
    lngLat,
    url: { zh: `https://x.org/sites/${slug}/` },
  });
  it('makes features of located sites and counts the others in metadata', () => {
    const fc = sitesFeatureCollection([site('a', [113.66, 34.75]), site('b')], { license: 'CC-BY-4.0' });
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [113.66, 34.75] });
    expect(fc.metadata).toMatchObject({
      license: 'CC-BY-4.0',
      sitesTotal: 2,
      sitesWithCoordinates: 1,
      sitesWithoutCoordinates: 1,
      datum: 'WGS-84',
    });
    expect(fc.metadata.withoutCoordinates).toEqual([{ slug: 'b', name: 'b', url: 'https://x.org/sites/b/' }]);
  });
});

describe('build info', () => {
  it('takes BUILD_DATE and BUILD_ID from the environment and fixes them for the build', () => {
    expect(buildDate({ BUILD_DATE: '2026-07-01' })).toBe('2026-07-01');
    expect(() => buildDate({ BUILD_DATE: '1 July' })).toThrow(/YYYY-MM-DD/);
    const env: Record<string, string | undefined> = {};
    const id = buildId(env);
    expect(buildId(env)).toBe(id);
    expect(env.BUILD_ID).toBe(id);
    expect(buildDate(env)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
