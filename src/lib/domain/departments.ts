import type { DepartmentData } from '../../schemas/departments.ts';

/**
 * Resolve the names a measure's 责任单位 line uses to canonical department ids. A name
 * matches a department's `name`, one of its `aliases`, or a compound in its `partOf`
 * (相关区县（市）党委、政府 resolves to two departments).
 */
export type DepartmentLookup = Map<string, string[]>;

export function departmentLookup(
  departments: Pick<DepartmentData, 'id' | 'name' | 'aliases' | 'partOf'>[],
): DepartmentLookup {
  const lookup: DepartmentLookup = new Map();
  const add = (name: string, id: string) => {
    const ids = lookup.get(name) ?? [];
    if (!ids.includes(id)) lookup.set(name, [...ids, id]);
  };
  for (const d of departments) {
    for (const name of [d.name, ...d.aliases, ...d.partOf]) add(name, d.id);
  }
  return lookup;
}

/** Ids for the names in order, without repeats, and the names that match nothing. */
export function resolveDepartments(
  names: string[],
  lookup: DepartmentLookup,
): { ids: string[]; unknown: string[] } {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const found = lookup.get(name.trim());
    if (!found) unknown.push(name);
    else for (const id of found) if (!ids.includes(id)) ids.push(id);
  }
  return { ids, unknown };
}

/** Department id -> the measure numbers that name it (the responsibility matrix). */
export function measuresByDepartment(
  measures: Array<{ number: number; departments: string[] }>,
  lookup: DepartmentLookup,
): Map<string, number[]> {
  const matrix = new Map<string, number[]>();
  for (const m of [...measures].sort((a, b) => a.number - b.number)) {
    for (const id of resolveDepartments(m.departments, lookup).ids) {
      matrix.set(id, [...(matrix.get(id) ?? []), m.number]);
    }
  }
  return matrix;
}
