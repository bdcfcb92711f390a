import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mdxEntry, setCollections } from '../../helpers/astro-content.ts';

const item = (locale: string, slug: string, date: string, measures: number[], title = slug) =>
  mdxEntry('progress', locale, slug, {
    title,
    date,
    measures,
    claim: '',
    quote: '',
    verb: '',
    lastChecked: '2026-12-04',
  });

beforeEach(() => {
  vi.resetModules();
  setCollections({
    progress: [
      item('zh-cn', 'a', '2023-05', [12]),
      item('zh-cn', 'b', '2023-05-06', [12, 11]),
      item('zh-cn', 'c', '2025', [6]),
      item('en', 'b', '2023-05-06', [12, 11], 'B in English'),
    ],
    explainers: [
      mdxEntry('explainers', 'zh-cn', '12', { measure: 12 }),
      mdxEntry('explainers', 'en', '12', { measure: 12 }),
    ],
  });
});

describe('progress context', () => {
  it('lists items newest first, a date known to the month after the days of that month', async () => {
    const { progressContext } = await import('../../../src/lib/data/progress.ts');
    expect((await progressContext('zh-cn')).items.map((i) => i.slug)).toEqual(['c', 'b', 'a']);
  });

  it('gives each measure its own items, and English pages the Chinese item where there is no translation', async () => {
    const { progressContext } = await import('../../../src/lib/data/progress.ts');
    const en = await progressContext('en');
    expect(en.byMeasure.get(12)!.map((i) => [i.slug, i.locale])).toEqual([
      ['b', 'en'],
      ['a', 'zh-cn'],
    ]);
    expect(en.byMeasure.get(11)!.map((i) => i.data.title)).toEqual(['B in English']);
    expect(en.explainers.get(12)!.locale).toBe('en');
    expect(en.byMeasure.get(1)).toBeUndefined();
  });
});
