import { describe, expect, it } from 'vitest';
import {
  breadcrumbList,
  breadcrumbTrail,
  heritageSite,
  jsonLdGraph,
  legislation,
  product,
  serializeJsonLd,
  touristTrip,
  webSite,
} from '../../../src/lib/head/jsonld.ts';

const SITE = 'https://laoqu.example.org';

describe('serializeJsonLd', () => {
  it('cannot be broken out of by a </script> in the data, and parses back to the same data', () => {
    const data = jsonLdGraph([
      product({
        name: '</script><script>alert(1)</script> & <!--',
        description: 'a\u2028b',
        url: `${SITE}/x/`,
        alternateNames: [],
      }),
    ]);
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('breadcrumbs', () => {
  const pages: Record<string, string> = { '/': '首页', '/policy/': '方案', '/policy/measures/12/': '第12条' };
  const find = (key: string) => (pages[key] ? { name: pages[key], url: `${SITE}${key}` } : undefined);

  it('go home → section → page and skip levels that have no page', () => {
    expect(breadcrumbTrail('/policy/measures/12/', find).map((c) => c.name)).toEqual([
      '首页',
      '方案',
      '第12条',
    ]);
  });

  it('give the home page a trail of one', () => {
    expect(breadcrumbTrail('/', find)).toEqual([{ name: '首页', url: `${SITE}/` }]);
  });

  it('number the list items from 1', () => {
    const list = breadcrumbList(breadcrumbTrail('/policy/measures/12/', find));
    expect(list['@type']).toBe('BreadcrumbList');
    expect(
      (list.itemListElement as Array<{ position: number; item: string }>).map((i) => [i.position, i.item]),
    ).toEqual([
      [1, `${SITE}/`],
      [2, `${SITE}/policy/`],
      [3, `${SITE}/policy/measures/12/`],
    ]);
  });
});

describe('WebSite', () => {
  it('has a SearchAction on the search page', () => {
    const ws = webSite({
      name: '郑州革命老区振兴发展',
      url: `${SITE}/`,
      inLanguage: 'zh-CN',
      searchUrl: `${SITE}/search/`,
    });
    expect(ws.potentialAction).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${SITE}/search/?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    });
  });
});

describe('Legislation', () => {
  const input = {
    name: '郑州市新时代支持革命老区振兴发展实施方案',
    url: `${SITE}/policy/`,
    identifier: '郑政办〔2021〕62号',
    dateWritten: '2021-11-05',
    dateIssued: '2021-11-11',
    jurisdiction: '郑州市',
    publisher: { name: '郑州市人民政府办公厅' },
    inLanguage: 'zh-CN',
    parts: [
      {
        name: '第1条 推动实现巩固脱贫攻坚成果同乡村振兴有效衔接',
        url: `${SITE}/policy/measures/1/`,
        position: 1,
      },
    ],
  };

  it('carries the document number, dates, jurisdiction, publisher and measures', () => {
    const l = legislation(input);
    expect(l).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '郑政办〔2021〕62号',
      legislationDate: '2021-11-05',
      datePublished: '2021-11-11',
      legislationJurisdiction: { '@type': 'AdministrativeArea', name: '郑州市' },
      publisher: { '@type': 'Organization', name: '郑州市人民政府办公厅' },
      inLanguage: 'zh-CN',
    });
    expect(l.hasPart).toEqual([{ '@type': 'Legislation', ...input.parts[0] }]);
    expect(l.translationOfWork).toBeUndefined();
  });

  it('points a translation at the original', () => {
    const l = legislation({ ...input, inLanguage: 'en', translationOf: `${SITE}/policy/` });
    expect(l.translationOfWork).toEqual({ '@id': `${SITE}/policy/#legislation` });
  });
});

describe('heritage sites, products and routes', () => {
  const site = {
    name: '柏石崖后方医院旧址',
    description: '…',
    url: `${SITE}/sites/x/`,
    alternateNames: [],
    address: { street: '登封市徐庄镇柳泉村', locality: '登封市', region: '河南省' },
  };

  it('gives a site both types and an address, and geo only with coordinates', () => {
    const s = heritageSite(site);
    expect(s['@type']).toEqual(['LandmarksOrHistoricalBuildings', 'TouristAttraction']);
    expect(s.address).toMatchObject({
      '@type': 'PostalAddress',
      streetAddress: '登封市徐庄镇柳泉村',
      addressCountry: 'CN',
    });
    expect(s.geo).toBeUndefined();
    expect(heritageSite({ ...site, lngLat: [113.1, 34.4] }).geo).toEqual({
      '@type': 'GeoCoordinates',
      longitude: 113.1,
      latitude: 34.4,
    });
  });

  it('describes a product', () => {
    expect(
      product({
        name: '新密金银花',
        description: '…',
        url: `${SITE}/products/x/`,
        alternateNames: ['密二花'],
      }),
    ).toMatchObject({
      '@type': 'Product',
      alternateName: ['密二花'],
    });
  });

  it('lists a route’s stops in order, linking those with a page', () => {
    const trip = touristTrip({
      name: 'r',
      description: 'd',
      url: `${SITE}/routes/r/`,
      provider: '河南省文化和旅游厅',
      stops: [{ name: 'A', url: `${SITE}/sites/a/` }, { name: 'B' }],
    });
    const list = trip.itinerary as {
      '@type': string;
      numberOfItems: number;
      itemListElement: Array<{ position: number; item: Record<string, string> }>;
    };
    expect(list['@type']).toBe('ItemList');
    expect(list.numberOfItems).toBe(2);
    expect(list.itemListElement.map((i) => [i.position, i.item['@type'], i.item.name])).toEqual([
      [1, 'TouristAttraction', 'A'],
      [2, 'Place', 'B'],
    ]);
  });
});
