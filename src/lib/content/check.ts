import type { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { isLocale } from '../../i18n/locales.ts';
import { departmentSchema } from '../../schemas/departments.ts';
import { glossarySchema } from '../../schemas/glossary.ts';
import { measureSchema } from '../../schemas/measures.ts';
import { pageSchema } from '../../schemas/pages.ts';
import { placeSchema } from '../../schemas/places.ts';
import { policySchema } from '../../schemas/policy.ts';
import { productSchema } from '../../schemas/products.ts';
import { routeSchema } from '../../schemas/routes.ts';
import { siteSchema } from '../../schemas/sites.ts';
import { timelineSchema } from '../../schemas/timeline.ts';
import { checkBody } from './body.ts';
import { checkCoordinates } from './coordinates.ts';
import { checkDuplicates } from './duplicates.ts';
import { readFrontmatter } from './frontmatter.ts';
import { problemFromIssue, type Problem } from './problems.ts';
import { checkReferences, type CheckedEntry } from './references.ts';

/** The schema of each MDX collection (content/<collection>/<locale>/<slug>.mdx). */
export const SCHEMAS: Record<string, z.ZodType> = {
  policy: policySchema,
  measures: measureSchema,
  sites: siteSchema,
  products: productSchema,
  routes: routeSchema,
  places: placeSchema,
  timeline: timelineSchema,
  pages: pageSchema,
};

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Check every content file: its place in the folder tree, its body against the safe-MDX
 * rules, its frontmatter against the collection's schema, and the references between files. `files` maps a path relative to
 * the project (content/sites/zh-cn/x.mdx) to the file's text. Returns every problem found.
 */
export function checkContent(files: Map<string, string>): Problem[] {
  const problems: Problem[] = [];
  const entries: CheckedEntry[] = [];
  /** Slugs of every file present, valid or not, so one broken file does not cascade. */
  const present = new Map<string, Set<string>>();
  let departments: z.infer<typeof departmentSchema>[] = [];
  /** Images a <Figure> may use (collectContentFiles lists them with empty text). */
  const images = new Set([...files.keys()].filter((f) => f.startsWith('content/images/')));

  for (const [file, text] of files) {
    if (file === 'content/departments.yaml') {
      departments = checkYamlList(file, text, departmentSchema, (d) => [d.id, d.name, ...d.aliases], problems);
      continue;
    }
    if (file === 'content/glossary.yaml') {
      checkYamlList(file, text, glossarySchema, (g) => [g.id, g.term], problems);
      continue;
    }
    const m = /^content\/([^/]+)\/([^/]+)\/([^/]+)\.mdx$/.exec(file);
    if (!m) continue;
    const [, collection, locale, slug] = m as unknown as [string, string, string, string];
    const schema = SCHEMAS[collection];
    if (!schema) continue;
    present.set(collection, (present.get(collection) ?? new Set()).add(slug));
    if (!isLocale(locale)) {
      problems.push({
        file,
        field: '',
        zh: `文件夹“${locale}”不是语言文件夹`,
        en: `"${locale}" is not a language folder`,
        fixZh: '把文件放进 zh-cn/ 或 en/',
        fixEn: 'move the file into zh-cn/ or en/',
      });
      continue;
    }
    if (!SLUG.test(slug)) {
      problems.push({
        file,
        field: '',
        zh: `文件名“${slug}”不合规`,
        en: `file name "${slug}" is not allowed`,
        fixZh: '文件名只用小写英文字母、数字和连字符，例如 erqi-memorial-tower.mdx',
        fixEn: 'use lowercase ASCII letters, digits and hyphens, e.g. erqi-memorial-tower.mdx',
      });
      continue;
    }
    problems.push(...checkBody(file, text, images));
    const fm = readFrontmatter(text);
    if (!fm) {
      problems.push({
        file,
        line: 1,
        field: '',
        zh: '文件开头缺少 --- 包围的字段区',
        en: 'the file does not start with a --- frontmatter block',
        fixZh: '从模板复制开头的字段区',
        fixEn: 'copy the frontmatter block from a template',
      });
      continue;
    }
    for (const e of fm.errors)
      problems.push({
        file,
        line: e.line,
        field: '',
        zh: `YAML 格式错误：${e.message}`,
        en: `YAML syntax error: ${e.message}`,
        fixZh: '检查缩进、冒号和引号',
        fixEn: 'check indentation, colons and quotes',
      });
    if (fm.errors.length) continue;
    const result = schema.safeParse(fm.data);
    if (!result.success) {
      // One problem per field: a date like 2026/11/29 fails the format and the calendar rule.
      const seen = new Set<string>();
      for (const issue of result.error.issues) {
        const key = issue.path.join('.');
        if (!seen.has(key) || issue.code === 'unrecognized_keys') problems.push(...problemFromIssue(file, issue, fm.lineOf));
        seen.add(key);
      }
      continue;
    }
    entries.push({ file, collection, locale, slug, data: result.data as Record<string, unknown>, lineOf: fm.lineOf });
  }
  problems.push(...checkReferences(entries, present, departments));
  problems.push(...checkCoordinates(entries), ...checkDuplicates([...files.keys()], entries));
  return problems;
}

/** A YAML list of records: each item against `schema`, and no name used twice. */
function checkYamlList<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  names: (item: z.infer<S>) => string[],
  problems: Problem[],
): z.infer<S>[] {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    problems.push({
      file,
      field: '',
      zh: `YAML 格式错误：${(error as Error).message}`,
      en: `YAML syntax error: ${(error as Error).message}`,
      fixZh: '检查缩进、冒号和引号',
      fixEn: 'check indentation, colons and quotes',
    });
    return [];
  }
  const list = Array.isArray(data) ? data : [];
  const ok: z.infer<S>[] = [];
  const seen = new Map<string, string>();
  list.forEach((item, i) => {
    const r = schema.safeParse(item);
    if (!r.success) {
      for (const issue of r.error.issues) problems.push(...problemFromIssue(file, { ...issue, path: [i, ...issue.path] }, () => 0));
      return;
    }
    const [id, ...rest] = names(r.data);
    for (const name of [id!, ...rest]) {
      if (seen.has(name)) {
        problems.push({
          file,
          field: `${i}`,
          zh: `“${name}”重复（已用于 ${seen.get(name)}）`,
          en: `"${name}" is used twice (also by ${seen.get(name)})`,
          fixZh: '每个名称和 id 只能出现一次',
          fixEn: 'each name and id may appear only once',
        });
      }
      seen.set(name, id!);
    }
    ok.push(r.data);
  });
  return ok;
}
