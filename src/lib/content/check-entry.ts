/**
 * One MDX content file (content/<collection>/<locale>/<slug>.mdx) on its own: its place in
 * the folder tree, its body against the safe-MDX rules and its frontmatter against the
 * collection's schema. References between files are checked afterwards (references.ts).
 */
import { COLLECTIONS, isCollectionName } from '../../collections.ts';
import { isLocale } from '../../i18n/locales.ts';
import { fileFacts, lazyLineOf, type FactsCache } from './file-facts.ts';
import { problemFromIssue, yamlSyntaxProblem, type Problem } from './problems.ts';
import type { CheckedEntry } from './references.ts';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface FileCheck {
  collection: string;
  slug: string;
  /** The valid entry, when the file has no problem of its own. */
  entry?: CheckedEntry;
}

/**
 * Check one file. Returns undefined for a path that is not an MDX file of a collection;
 * problems go into `problems`. `images`: the images a <Figure> may use. `cache`: facts of
 * unchanged files from the previous build (file-facts.ts).
 */
export function checkEntryFile(
  file: string,
  text: string,
  images: Set<string>,
  problems: Problem[],
  cache?: FactsCache & { imagesKey: string },
): FileCheck | undefined {
  const m = /^content\/([^/]+)\/([^/]+)\/([^/]+)\.mdx$/.exec(file);
  if (!m) return undefined;
  const [, collection, locale, slug] = m as unknown as [string, string, string, string];
  const spec = isCollectionName(collection) ? COLLECTIONS[collection] : undefined;
  if (spec?.storage !== 'mdx') return undefined;
  const schema = spec.schema;
  const found = { collection, slug };
  if (!isLocale(locale)) {
    problems.push({
      file,
      field: '',
      zh: `文件夹“${locale}”不是语言文件夹`,
      en: `"${locale}" is not a language folder`,
      fixZh: '把文件放进 zh-cn/ 或 en/',
      fixEn: 'move the file into zh-cn/ or en/',
    });
    return found;
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
    return found;
  }
  const facts = fileFacts(file, text, images, cache);
  problems.push(...facts.body);
  if (!facts.hasFrontmatter) {
    problems.push({
      file,
      line: 1,
      field: '',
      zh: '文件开头缺少 --- 包围的字段区',
      en: 'the file does not start with a --- frontmatter block',
      fixZh: '从模板复制开头的字段区',
      fixEn: 'copy the frontmatter block from a template',
    });
    return found;
  }
  for (const e of facts.yamlErrors) problems.push(yamlSyntaxProblem(file, e.message, e.line));
  if (facts.yamlErrors.length) return found;
  const lineOf = lazyLineOf(text);
  const result = schema.safeParse(facts.data);
  if (!result.success) {
    // One problem per field: a date like 2026/11/29 fails the format and the calendar rule.
    const seen = new Set<string>();
    for (const issue of result.error.issues) {
      const key = issue.path.join('.');
      if (!seen.has(key) || issue.code === 'unrecognized_keys') problems.push(...problemFromIssue(file, issue, lineOf));
      seen.add(key);
    }
    return found;
  }
  return { ...found, entry: { file, collection, locale, slug, data: result.data as Record<string, unknown>, lineOf } };
}
