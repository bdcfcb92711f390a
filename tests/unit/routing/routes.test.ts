import { describe, expect, it } from 'vitest';
import { buildRouteTable, RouteIndex, type RoutableEntry } from '../../../src/lib/routing/routes.ts';

const entry = (collection: string, locale: 'zh-cn' | 'en', slug: string): RoutableEntry => ({
  collection,
  id: `${locale}/${slug}`,
  locale,
  slug,
  title: `${collection} ${slug} ${locale}`,
  description: 'd',
});

describe('route table', () => {
  const table = buildRouteTable([
    entry('policy', 'zh-cn', 'plan'),
    entry('policy', 'en', 'plan'),
    entry('measures', 'zh-cn', '12'),
    entry('measures', 'en', '12'),
    entry('sites', 'zh-cn', 'erqi-memorial-tower'),
  ]);
  const index = new RouteIndex(table);

  it('puts entries at the URLs of the contract', () => {
    const paths = table.map((r) => r.path);
    expect(paths).toContain('/policy/');
    expect(paths).toContain('/en/policy/');
    expect(paths).toContain('/policy/measures/12/');
    expect(paths).toContain('/en/policy/measures/12/');
    expect(paths).toContain('/sites/erqi-memorial-tower/');
    expect(paths).toContain('/');
    expect(paths).toContain('/en/');
  });

  it('links a page to its translation', () => {
    const zh = index.get('/policy/measures/12/', 'zh-cn')!;
    expect(index.switchTarget(zh)).toEqual({
      route: index.get('/policy/measures/12/', 'en'),
      fallback: false,
    });
    expect(index.alternates(zh).map((r) => r.path)).toEqual([
      '/policy/measures/12/',
      '/en/policy/measures/12/',
    ]);
  });

  it('sends the language switch of an untranslated page to the nearest parent, never a 404', () => {
    const zh = index.get('/sites/erqi-memorial-tower/', 'zh-cn')!;
    const target = index.switchTarget(zh);
    expect(target.fallback).toBe(true);
    expect(target.route.path).toBe('/en/sites/');
    expect(index.alternates(zh).map((r) => r.path)).toEqual(['/sites/erqi-memorial-tower/']);
  });

  it('gives an untranslated Chinese entry an English address that shows it, marked untranslated', () => {
    const en = index.get('/sites/erqi-memorial-tower/', 'en')!;
    expect(en).toMatchObject({
      path: '/en/sites/erqi-memorial-tower/',
      untranslated: true,
      entry: 'sites/zh-cn/erqi-memorial-tower',
    });
    // it is never the English alternate, and its own switch leads to the Chinese page
    expect(index.alternates(en).map((r) => r.path)).toEqual(['/sites/erqi-memorial-tower/']);
    expect(index.switchTarget(en)).toEqual({
      route: index.get('/sites/erqi-memorial-tower/', 'zh-cn'),
      fallback: false,
    });
  });

  it('refuses two pages at one URL', () => {
    expect(() => buildRouteTable([entry('pages', 'zh-cn', 'sites')])).toThrow(/same URL \/sites\//);
  });
});
