import { COLLECTIONS, COLLECTION_NAMES, type YamlCollection } from '../../collections.ts';
import type { DepartmentData } from '../../schemas/departments.ts';
import type { GlossaryData } from '../../schemas/glossary.ts';
import type { GoalReportData } from '../../schemas/goal-reports.ts';
import type { NameData } from '../../schemas/names.ts';
import { checkEntryRules } from './entry-rules.ts';
import { checkContentLinks } from './links.ts';
import { checkGoalReports } from './goal-reports.ts';
import { checkEntryFile } from './check-entry.ts';
import type { FactsCache } from './file-facts.ts';
import { checkCoordinates } from './coordinates.ts';
import { checkDuplicates } from './duplicates.ts';
import { checkFixedNames, fixedNames } from './fixed-names.ts';
import type { Problem } from './problems.ts';
import { checkReferences, type CheckedEntry } from './references.ts';
import { checkYamlList } from './yaml-list.ts';

/** The YAML-list collections by file (content/departments.yaml …). */
const YAML_FILES = new Map<string, { name: string; spec: YamlCollection }>(
  COLLECTION_NAMES.flatMap((name) => {
    const spec = COLLECTIONS[name];
    return spec.storage === 'yaml' ? [[`content/${name}.yaml`, { name, spec: spec as YamlCollection }]] : [];
  }),
);

/**
 * Check every content file: its place in the folder tree, its body against the safe-MDX
 * rules, its frontmatter against the collection's schema (check-entry.ts), the YAML
 * lists (yaml-list.ts), the references between files, and the fixed English names on
 * English pages (fixed-names.ts). `files` maps a path relative to
 * the project (content/sites/zh-cn/x.mdx) to the file's text. Returns every problem found.
 * With `cache`, what each unchanged MDX file says on its own is taken from the previous
 * build (file-facts.ts); everything that depends on other files is checked every time.
 */
export function checkContent(files: Map<string, string>, cache?: FactsCache): Problem[] {
  const problems: Problem[] = [];
  const entries: CheckedEntry[] = [];
  /** Slugs of every file present, valid or not, so one broken file does not cascade. */
  const present = new Map<string, Set<string>>();
  let departments: DepartmentData[] = [];
  let glossary: GlossaryData[] = [];
  let goalReports: GoalReportData[] | undefined;
  let names: NameData[] = [];
  /** Images a <Figure> may use (collectContentFiles lists them with empty text). */
  const images = new Set([...files.keys()].filter((f) => f.startsWith('content/images/')));
  const cached = cache && { ...cache, imagesKey: [...images].sort().join('\n') };

  for (const [file, text] of files) {
    const list = YAML_FILES.get(file);
    if (list) {
      const items = checkYamlList(file, text, list.spec.schema, list.spec.names as (item: unknown) => string[], problems);
      if (list.name === 'departments') departments = items as DepartmentData[];
      if (list.name === 'glossary') glossary = items as GlossaryData[];
      if (list.name === 'goal-reports') goalReports = items as GoalReportData[];
      if (list.name === 'names') names = items as NameData[];
      continue;
    }
    const checked = checkEntryFile(file, text, images, problems, cached);
    if (!checked) continue;
    present.set(checked.collection, (present.get(checked.collection) ?? new Set()).add(checked.slug));
    if (checked.entry) entries.push(checked.entry);
  }
  problems.push(...checkReferences(entries, present, departments, new Set(glossary.map((g) => g.id))));
  problems.push(...checkEntryRules(entries, files));
  problems.push(...checkContentLinks(entries, files, departments, glossary.map((g) => g.id)));
  if (goalReports) problems.push(...checkGoalReports(goalReports, entries, files.get('content/goal-reports.yaml') ?? ''));
  problems.push(...checkCoordinates(entries), ...checkDuplicates([...files.keys()], entries));
  problems.push(...checkFixedNames(files, fixedNames({ names, departments, glossary, files })));
  return problems;
}
