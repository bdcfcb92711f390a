import type { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { problemFromIssue, yamlSyntaxProblem, type Problem } from './problems.ts';

/** A YAML list of records: each item against `schema`, and no name used twice. */
export function checkYamlList<S extends z.ZodType>(
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
    problems.push(yamlSyntaxProblem(file, (error as Error).message));
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
