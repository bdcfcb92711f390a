import { describe, expect, it } from 'vitest';
import { htmlPages, isNotFoundPage, readPage, resolvesInDist, SITE } from '../helpers/dist.ts';

/** Structured data (JSON-LD) on every page of a real build. */
type Node = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const pages = htmlPages().filter((p) => !isNotFoundPage(p.urlPath));

/** Properties each type must have. */
const REQUIRED: Record<string, string[]> = {
  WebSite: ['name', 'url', 'inLanguage', 'potentialAction'],
  BreadcrumbList: ['itemListElement'],
  Legislation: [
    'name',
    'url',
    'legislationIdentifier',
    'legislationDate',
    'datePublished',
    'legislationJurisdiction',
    'publisher',
    'inLanguage',
    'hasPart',
  ],
  LandmarksOrHistoricalBuildings: ['name', 'description', 'url', 'address'],
  Product: ['name', 'description', 'url'],
  TouristTrip: ['name', 'description', 'url', 'itinerary'],
};
/** The main type a page must carry, by its neutral path. */
function expectedType(neutral: string): string | undefined {
  if (neutral === '/') return 'WebSite';
  if (neutral === '/policy/') return 'Legislation';
  if (/^\/sites\/[^/]+\/$/.test(neutral)) return 'LandmarksOrHistoricalBuildings';
  if (/^\/products\/[^/]+\/$/.test(neutral)) return 'Product';
  if (/^\/routes\/[^/]+\/$/.test(neutral)) return 'TouristTrip';
}
const types = (n: Node): string[] => [n['@type']].flat();

describe.each(pages)('$urlPath', ({ file, urlPath }) => {
  const scripts = readPage(file).querySelectorAll('script[type="application/ld+json"]');
  const graph: Node[] = scripts.length === 1 ? JSON.parse(scripts[0]!.rawText)['@graph'] : [];
  const neutral = urlPath.replace(/^\/en\//, '/');

  it('has one JSON-LD block that parses, with nothing that could close the script', () => {
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.rawText).not.toContain('<');
    expect(JSON.parse(scripts[0]!.rawText)['@context']).toBe('https://schema.org');
  });

  it('gives every node the properties its type requires', () => {
    for (const node of graph) {
      for (const type of types(node))
        for (const prop of REQUIRED[type] ?? []) expect(node[prop], `${type}.${prop}`).toBeDefined();
    }
    const want = expectedType(neutral);
    if (want)
      expect(
        graph.some((n) => types(n).includes(want)),
        want,
      ).toBe(true);
  });

  it('has a breadcrumb trail from the home page to this page through pages that exist', () => {
    const list = graph.find((n) => n['@type'] === 'BreadcrumbList')!;
    const items: Node[] = list.itemListElement;
    expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
    expect(items[0]!.item).toBe(`${SITE}${urlPath.startsWith('/en/') ? '/en/' : '/'}`);
    expect(items.at(-1)!.item).toBe(`${SITE}${urlPath}`);
    for (const i of items) expect(resolvesInDist(i.item), i.item).toBe(true);
  });

  it('links only to pages that exist', () => {
    const urls = JSON.stringify(graph).match(new RegExp(`${SITE}[^"#?{]*`, 'g')) ?? [];
    for (const u of urls) if (!u.includes('/search/')) expect(resolvesInDist(u), u).toBe(true);
  });
});

describe('specific structured data', () => {
  const graphOf = (path: string): Node[] => {
    const page = pages.find((p) => p.urlPath === path)!;
    return JSON.parse(readPage(page.file).querySelector('script[type="application/ld+json"]')!.rawText)[
      '@graph'
    ];
  };

  it.each(['/', '/en/'])('%s has a WebSite with a SearchAction', (path) => {
    const site = graphOf(path).find((n) => n['@type'] === 'WebSite')!;
    expect(site.potentialAction['@type']).toBe('SearchAction');
    expect(site.potentialAction.target.urlTemplate).toBe(`${SITE}${path}search/?q={search_term_string}`);
    expect(site.potentialAction['query-input']).toBe('required name=search_term_string');
  });

  it.each([
    ['/policy/', '郑州市', 'zh-CN'],
    ['/en/policy/', 'Zhengzhou', 'en'],
  ])('%s is a Legislation with the 20 measures as parts', (path, jurisdiction, lang) => {
    const law = graphOf(path).find((n) => n['@type'] === 'Legislation')!;
    expect(law).toMatchObject({
      legislationIdentifier: '郑政办〔2021〕62号',
      legislationDate: '2021-11-05',
      datePublished: '2021-11-11',
      inLanguage: lang,
    });
    expect(law.legislationJurisdiction.name).toBe(jurisdiction);
    expect(law.publisher['@type']).toBe('Organization');
    expect([law.publisher.name, law.publisher.alternateName]).toContain('郑州市人民政府办公厅');
    expect(law.hasPart).toHaveLength(20);
    expect(law.hasPart.map((p: Node) => p.position)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    for (const part of law.hasPart)
      expect(part).toMatchObject({
        '@type': 'Legislation',
        name: expect.any(String),
        url: expect.stringMatching(/\/policy\/measures\/\d+\/$/),
      });
  });

  it('gives sites both types, an address, and geo only with coordinates', () => {
    const sites = pages.filter((p) => /^(\/en)?\/sites\/[^/]+\/$/.test(p.urlPath));
    expect(sites.length).toBeGreaterThan(0);
    for (const { urlPath } of sites) {
      const site = graphOf(urlPath).find((n) => types(n).includes('LandmarksOrHistoricalBuildings'))!;
      expect(types(site)).toContain('TouristAttraction');
      expect(site.address.streetAddress).toBeTruthy();
      if (site.geo)
        expect(site.geo).toMatchObject({ latitude: expect.any(Number), longitude: expect.any(Number) });
    }
  });

  it('lists each route’s stops in order', () => {
    for (const { urlPath } of pages.filter((p) => /^(\/en)?\/routes\/[^/]+\/$/.test(p.urlPath))) {
      const trip = graphOf(urlPath).find((n) => n['@type'] === 'TouristTrip')!;
      const items: Node[] = trip.itinerary.itemListElement;
      expect(items.length, urlPath).toBeGreaterThanOrEqual(2);
      expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
      expect(trip.itinerary.numberOfItems).toBe(items.length);
    }
  });
});
