/**
 * Everything the policy pages show, assembled once per build and locale: the document,
 * its measures by chapter (English falls back to the Chinese text where a translation is
 * missing), the departments with their canonical names, and the responsibility matrix.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { DepartmentData } from '../../schemas/departments.ts';
import { departmentLookup, measuresByDepartment, resolveDepartments } from '../domain/departments.ts';
import { getDepartments, getEntriesIn, once, type Entry } from './entries.ts';
import { entryPath } from '../../collections.ts';

export interface DepartmentView {
  id: string;
  name: string;
  otherName: string;
  path: string;
  data: DepartmentData;
  measures: number[];
}

export interface MeasureView {
  number: number;
  chapter: number;
  title: string;
  entry: Entry<'measures'>;
  /** true when this locale has no translation and the Chinese entry is shown instead. */
  fallback: boolean;
  departments: DepartmentView[];
  path: string;
}

export function policyContext(locale: Locale) {
  return once(`policy:${locale}`, async () => {
    const [own, zh, departmentsData] = await Promise.all([
      getEntriesIn('measures', locale),
      getEntriesIn('measures', 'zh-cn'),
      getDepartments(),
    ]);
    const policy = (await getEntriesIn('policy', locale))[0] ?? (await getEntriesIn('policy', 'zh-cn'))[0];
    const lookup = departmentLookup(departmentsData);
    const ownByNumber = new Map(own.map((e) => [e.data.number, e]));
    const chosen = zh.map((e) => ownByNumber.get(e.data.number) ?? e);
    const matrix = measuresByDepartment(
      chosen.map((e) => e.data),
      lookup,
    );
    const departments = new Map<string, DepartmentView>(
      departmentsData.map((d) => [
        d.id,
        {
          id: d.id,
          name: locale === 'en' ? d.nameEn : d.name,
          otherName: locale === 'en' ? d.name : d.nameEn,
          path: entryPath('departments', d.id, locale),
          data: d,
          measures: matrix.get(d.id) ?? [],
        },
      ]),
    );
    const measures: MeasureView[] = chosen
      .map((e) => ({
        number: e.data.number,
        chapter: e.data.chapter,
        title: e.data.title,
        entry: e,
        fallback: e.locale !== locale,
        departments: resolveDepartments(e.data.departments, lookup).ids.map((id) => departments.get(id)!),
        path: entryPath('measures', String(e.data.number), e.locale),
      }))
      .sort((a, b) => a.number - b.number);
    return {
      policy,
      policyFallback: policy ? policy.locale !== locale : false,
      measures,
      byNumber: new Map(measures.map((m) => [m.number, m])),
      /** In order of first mention in the plan (the matrix is built measure by measure). */
      departments: [...new Set([...matrix.keys(), ...departments.keys()])].map((id) => departments.get(id)!),
      departmentById: departments,
    };
  });
}
