import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { departmentLookup, resolveDepartments } from '../../src/lib/domain/departments.ts';
import { pageByPath } from '../helpers/dist.ts';
import { officialMeasures, splitResponsible } from '../helpers/official.ts';

/** The responsibility matrix and department pages against the official 责任单位 lines. */
const departments = parse(readFileSync('content/departments.yaml', 'utf8')) as Array<{
  id: string;
  name: string;
  aliases?: string[];
  partOf?: string[];
}>;
const lookup = departmentLookup(departments.map((d) => ({ aliases: [], partOf: [], ...d })));
const expected = new Map<string, number[]>();
for (const m of officialMeasures()) {
  const { ids, unknown } = resolveDepartments(splitResponsible(m.responsible), lookup);
  expect(unknown).toEqual([]);
  for (const id of ids) expected.set(id, [...(expected.get(id) ?? []), m.number]);
}

describe('responsibility matrix', () => {
  it('resolves the official text to 32 distinct responsible bodies', () => {
    expect(expected.size).toBe(32);
  });

  it('lists 32 bodies in the table and in the phone list', () => {
    const page = pageByPath('/policy/departments/');
    expect(page.querySelectorAll('table.matrix tbody tr')).toHaveLength(32);
    expect(page.querySelectorAll('.matrix-list > li')).toHaveLength(32);
    expect(page.querySelectorAll('table.matrix th[scope=col]')).toHaveLength(21);
  });

  it.each([...expected])('department %s lists exactly the measures naming it', (id, numbers) => {
    for (const prefix of ['', '/en']) {
      const links = pageByPath(`${prefix}/policy/departments/${id}/`)
        .querySelectorAll('main li a')
        .map((a) => Number(/measures\/(\d+)\//.exec(a.getAttribute('href')!)?.[1]));
      expect(links).toEqual(numbers);
    }
  });
});
