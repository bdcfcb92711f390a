import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mdxEntry, setCollections } from '../../helpers/astro-content.ts';

/** The policy context: measures in order, English falling back to the Chinese text, departments resolved through their aliases. */
const measure = (locale: string, n: number, departments: string[]) =>
  mdxEntry('measures', locale, String(n), { number: n, chapter: 3, title: `m${n}-${locale}`, departments });
const department = (id: string, name: string, aliases: string[] = []) => ({
  id,
  data: { id, name, nameEn: `${id} bureau`, aliases, partOf: [], kind: 'government' },
});

beforeEach(() => {
  vi.resetModules();
  setCollections({
    measures: [
      measure('zh-cn', 2, ['财政局']),
      measure('zh-cn', 1, ['市财政局', '市农委']),
      measure('en', 1, ['市财政局', '市农委']),
    ],
    policy: [mdxEntry('policy', 'zh-cn', 'plan', { title: '方案', chapters: [] })],
    departments: [department('caizheng-ju', '市财政局', ['财政局']), department('nongwei', '市农委')],
  });
});

describe('policy context', () => {
  it('lists the measures in order; an English page shows the Chinese text where no translation exists', async () => {
    const { policyContext } = await import('../../../src/lib/data/policy.ts');
    const en = await policyContext('en');
    expect(en.measures.map((m) => [m.number, m.title, m.fallback, m.path])).toEqual([
      [1, 'm1-en', false, '/en/policy/measures/1/'],
      [2, 'm2-zh-cn', true, '/policy/measures/2/'],
    ]);
    expect(en.policyFallback).toBe(true); // no English policy entry: the Chinese one is shown
  });

  it('resolves departments written as aliases and builds the responsibility matrix', async () => {
    const { policyContext } = await import('../../../src/lib/data/policy.ts');
    const zh = await policyContext('zh-cn');
    expect(zh.byNumber.get(2)!.departments.map((d) => d.id)).toEqual(['caizheng-ju']);
    expect(zh.departmentById.get('caizheng-ju')!.measures).toEqual([1, 2]);
    expect(zh.departments.map((d) => d.id)).toEqual(['caizheng-ju', 'nongwei']);
  });
});
