import type { DepartmentData } from '../../schemas/departments.ts';
import { departmentLookup, resolveDepartments } from '../domain/departments.ts';
import type { Problem } from './problems.ts';

/** A content file whose frontmatter passed its schema. */
export interface CheckedEntry {
  file: string;
  collection: string;
  locale: string;
  slug: string;
  data: Record<string, unknown>;
  lineOf(path: PropertyKey[]): number;
}

/** Fields that hold slugs of another collection's entries, by collection. */
const SLUG_LISTS: Record<string, Array<{ field: string; target: string; zh: string; en: string }>> = {
  topics: [
    { field: 'sites', target: 'sites', zh: '红色地标', en: 'site' },
    { field: 'places', target: 'places', zh: '地点', en: 'place' },
    { field: 'events', target: 'timeline', zh: '大事记条目', en: 'timeline event' },
    { field: 'products', target: 'products', zh: '特色农产品', en: 'product' },
    { field: 'routes', target: 'routes', zh: '红色旅游线路', en: 'route' },
  ],
  progress: [{ field: 'sites', target: 'sites', zh: '红色地标', en: 'site' }],
};

/** References between files: departments, places, sites, glossary terms, and one measure per number. */
export function checkReferences(
  entries: CheckedEntry[],
  present: Map<string, Set<string>>,
  departments: DepartmentData[],
  glossaryIds: ReadonlySet<string> = new Set(),
): Problem[] {
  const problems: Problem[] = [];
  const slugs = (collection: string) => present.get(collection) ?? new Set<string>();
  const places = slugs('places');
  const sites = slugs('sites');
  const lookup = departmentLookup(departments);

  const refProblem = (e: CheckedEntry, path: PropertyKey[], kind: { zh: string; en: string; folder: string }, value: string): Problem => ({
    file: e.file,
    line: e.lineOf(path),
    field: path.join('.'),
    zh: `找不到${kind.zh}“${value}”`,
    en: `unknown ${kind.en} "${value}"`,
    fixZh: `改用 ${kind.folder} 中已有文件的 slug，或先添加该文件`,
    fixEn: `use the slug of a file in ${kind.folder}, or add that file first`,
  });
  const PLACE = { zh: '地点', en: 'place', folder: 'content/places/' };
  const SITE = { zh: '红色地标', en: 'site', folder: 'content/sites/' };

  for (const e of entries) {
    const d = e.data as {
      place?: string;
      places?: string[];
      sites?: string[];
      stops?: Array<{ site?: string; place?: string }>;
      departments?: string[];
      number?: number;
    };
    const checkPlaces = (field: 'place' | 'places', values: string[]) =>
      values.forEach((v, i) => places.has(v) || problems.push(refProblem(e, field === 'places' ? [field, i] : [field], PLACE, v)));

    if (e.collection === 'sites') checkPlaces('place', d.place ? [d.place] : []);
    if (e.collection === 'products') checkPlaces('places', d.places ?? []);
    if (e.collection === 'timeline') {
      checkPlaces('places', d.places ?? []);
      (d.sites ?? []).forEach((s, i) => sites.has(s) || problems.push(refProblem(e, ['sites', i], SITE, s)));
    }
    if (e.collection === 'routes') {
      (d.stops ?? []).forEach((stop, i) => {
        if (stop.site && !sites.has(stop.site)) problems.push(refProblem(e, ['stops', i, 'site'], SITE, stop.site));
        if (stop.place && !places.has(stop.place)) problems.push(refProblem(e, ['stops', i, 'place'], PLACE, stop.place));
      });
    }
    for (const list of SLUG_LISTS[e.collection] ?? []) {
      const values = e.data[list.field];
      if (!Array.isArray(values)) continue;
      const known = slugs(list.target);
      values.forEach((v: string, i) => {
        if (!known.has(v)) problems.push(refProblem(e, [list.field, i], { zh: list.zh, en: list.en, folder: `content/${list.target}/` }, v));
      });
    }
    if (e.collection === 'explainers') {
      const terms = Array.isArray(e.data.terms) ? (e.data.terms as string[]) : [];
      terms.forEach((id, i) => {
        if (!glossaryIds.has(id))
          problems.push({
            ...refProblem(e, ['terms', i], { zh: '术语', en: 'glossary term', folder: 'content/glossary.yaml' }, id),
            fixZh: '改用 content/glossary.yaml 中已有术语的 id，或先添加该术语',
            fixEn: 'use the id of a term in content/glossary.yaml, or add the term first',
          });
      });
    }
    if (e.collection === 'measures') {
      const names = d.departments ?? [];
      const { unknown } = resolveDepartments(names, lookup);
      for (const name of unknown) {
        problems.push({
          file: e.file,
          line: e.lineOf(['departments', names.indexOf(name)]),
          field: `departments.${names.indexOf(name)}`,
          zh: `未知的责任单位“${name}”`,
          en: `unknown department "${name}"`,
          fixZh: '照原文填写，并在 content/departments.yaml 中把它加为部门名称或别名（aliases）',
          fixEn: 'write it as the official text does and add it to content/departments.yaml as a name or alias',
        });
      }
      if (String(d.number) !== e.slug) {
        problems.push({
          file: e.file,
          line: e.lineOf(['number']),
          field: 'number',
          zh: `编号 ${d.number} 与文件名 ${e.slug}.mdx 不一致`,
          en: `number ${d.number} does not match the file name ${e.slug}.mdx`,
          fixZh: `把文件命名为 ${d.number}.mdx`,
          fixEn: `name the file ${d.number}.mdx`,
        });
      }
    }
  }
  return problems;
}
