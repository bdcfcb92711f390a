import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mdxEntry, setCollections } from '../../helpers/astro-content.ts';

/** The catalog's cross-references, computed from entries as a build would load them. */
const site = (slug: string, place: string) =>
  mdxEntry('sites', 'zh-cn', slug, { title: slug, place, coordinates: undefined });
const load = async () => (await import('../../../src/lib/data/catalog.ts')).catalog('zh-cn');

beforeEach(() => {
  vi.resetModules();
  setCollections({
    places: ['dengfeng', 'xinmi', 'gongyi'].map((p) => mdxEntry('places', 'zh-cn', p, { title: p })),
    sites: [site('a', 'dengfeng'), site('b', 'xinmi')],
    products: [
      mdxEntry('products', 'zh-cn', 'honey', { title: 'honey', places: ['xinmi', 'xinmi', 'gongyi'] }),
    ],
    routes: [
      mdxEntry('routes', 'zh-cn', 'r', {
        title: 'r',
        stops: [{ site: 'a' }, { site: 'b' }, { name: '某村', place: 'gongyi' }],
      }),
    ],
    timeline: [
      mdxEntry('timeline', 'zh-cn', 'late', { title: 'late', date: '1945' }),
      mdxEntry('timeline', 'zh-cn', 'early', { title: 'early', date: '1923-02-07' }),
    ],
    topics: [
      mdxEntry('topics', 'zh-cn', 't', {
        title: 't',
        sites: ['a'],
        places: ['dengfeng'],
        events: [],
        products: [],
        routes: ['r'],
        measures: [12],
      }),
    ],
  });
});

describe('catalog', () => {
  it('lists what lies in each place and which routes pass through it (by their sites or stated places)', async () => {
    const c = await load();
    expect(c.byPlace.get('dengfeng')!.sites.map((s) => s.slug)).toEqual(['a']);
    expect(c.byPlace.get('xinmi')!.products.map((p) => p.slug)).toEqual(['honey']); // listed twice, counted once
    expect(['dengfeng', 'xinmi', 'gongyi'].map((p) => c.byPlace.get(p)!.routes.map((r) => r.slug))).toEqual([
      ['r'],
      ['r'],
      ['r'],
    ]);
  });

  it('sorts the timeline by date, whatever the file order', async () => {
    expect((await load()).timeline.map((e) => e.slug)).toEqual(['early', 'late']);
  });

  it('knows which topics tell the story of each detail page', async () => {
    const c = await load();
    expect(c.topicsOf.sites.get('a')!.map((t) => t.slug)).toEqual(['t']);
    expect(c.topicsOf.measures.get('12')!.map((t) => t.slug)).toEqual(['t']);
    expect(c.topicsOf.sites.get('b')).toBeUndefined();
  });

  it('builds each page’s address from the collection registry', async () => {
    const c = await load();
    expect([c.path.site('a'), c.path.topic('t'), c.path.event('early')]).toEqual([
      '/sites/a/',
      '/topics/t/',
      '/timeline/#event-early',
    ]);
  });
});
