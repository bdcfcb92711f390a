import { describe, expect, it } from 'vitest';
import { BOM, toCsv } from '../../../src/lib/open-data/csv.ts';
import { plainText } from '../../../src/lib/open-data/plain-text.ts';
import { sitesFeatureCollection, type SiteRecord } from '../../../src/lib/open-data/geojson.ts';
import { bibtex, escapeBibtex } from '../../../src/lib/citation/bibtex.ts';
import { cslItem } from '../../../src/lib/citation/csl-json.ts';
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

describe('BibTeX and CSL-JSON', () => {
  const page = {
    type: 'webpage' as const,
    authors: [{ literal: '郑州革命老区振兴发展' }],
    siteName: '郑州革命老区振兴发展',
    title: '第12条 加强红色文物的保护利用',
    issued: '2026-11-20',
    accessed: '2026-11-29',
    url: 'https://laoqu.example.org/policy/measures/12/',
    language: 'zh-CN',
  };
  it('writes @online with a braced organisation author and urldate', () => {
    const bib = bibtex('laoqu-policy-measures-12', page);
    expect(bib).toMatch(/^@online\{laoqu-policy-measures-12,\n/);
    expect(bib).toContain('  author = {{郑州革命老区振兴发展}},\n');
    expect(bib).toContain('  urldate = {2026-11-29},\n');
    expect(bib).toContain('  langid = {chinese},\n');
  });
  it('escapes TeX specials', () => {
    expect(escapeBibtex('50% & $5_#{x}~^\\')).toBe('50\\% \\& \\$5\\_\\#\\{x\\}\\textasciitilde{}\\textasciicircum{}\\textbackslash{}');
  });
  it('writes CSL-JSON webpage items with date-parts', () => {
    expect(cslItem('k', page)).toEqual({
      id: 'k',
      type: 'webpage',
      title: page.title,
      language: 'zh-CN',
      author: [{ literal: '郑州革命老区振兴发展' }],
      'container-title': '郑州革命老区振兴发展',
      issued: { 'date-parts': [[2026, 11, 20]] },
      accessed: { 'date-parts': [[2026, 11, 29]] },
      URL: page.url,
    });
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
