import type { z } from 'astro/zod';

/** One thing wrong in a content file, told in Chinese and English with what to do. */
export interface Problem {
  file: string;
  line?: number;
  /** Dotted path of the field, e.g. stops.2.site; empty for the whole file. */
  field: string;
  zh: string;
  en: string;
  fixZh: string;
  fixEn: string;
}

/** `file:line  field  问题 / problem  → 怎么改 / what to do`, one line per problem. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${where}  ${p.field || '-'}  ${p.zh} / ${p.en}  → ${p.fixZh} / ${p.fixEn}`;
}

export function formatProblems(problems: Problem[]): string {
  const head = `内容检查发现 ${problems.length} 个问题 / Content check found ${problems.length} problem(s):`;
  return [head, ...problems.map(formatProblem)].join('\n');
}

/** Escaping of GitHub Actions workflow commands: data (%, CR, LF) and property values (also : and ,). */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * A problem as a GitHub Actions workflow command, so the pull request shows it on the
 * changed line: `::error file=content/…,line=12,title=field::问题 / problem → what to do`.
 */
export function githubAnnotation(p: Problem): string {
  const props = [`file=${escapeProperty(p.file)}`, ...(p.line ? [`line=${p.line}`] : []), `title=${escapeProperty(p.field || p.file)}`];
  return `::error ${props.join(',')}::${escapeData(`${p.zh} / ${p.en} → ${p.fixZh} / ${p.fixEn}`)}`;
}

/** The problems as printed where they are read: plain lines, plus workflow commands when running on GitHub Actions. */
export function reportProblems(problems: Problem[], env: Record<string, string | undefined> = process.env): string {
  const text = formatProblems(problems);
  return env.GITHUB_ACTIONS === 'true' ? `${text}\n${problems.map(githubAnnotation).join('\n')}` : text;
}

/** Split a schema message written "中文 / English". */
function bilingual(message: string): [string, string] {
  const i = message.indexOf(' / ');
  return i > 0 ? [message.slice(0, i), message.slice(i + 3)] : [message, message];
}

/** Turn a zod issue into a Problem an editor can act on. */
export function problemFromIssue(file: string, issue: z.core.$ZodIssue, lineOf: (path: PropertyKey[]) => number): Problem[] {
  const path = issue.path as PropertyKey[];
  const field = path.join('.');
  const base = { file, line: lineOf(path), field };
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        ...base,
        line: lineOf([...path, key]),
        field: [...path, key].join('.'),
        zh: `未知字段“${key}”`,
        en: `unknown field "${key}"`,
        fixZh: '检查拼写，或删去该字段（可用字段见 content/README.md）',
        fixEn: 'check the spelling or remove it (fields are listed in content/README.md)',
      }));
    case 'invalid_type':
      if ((issue as { input?: unknown }).input === undefined) {
        return [{ ...base, zh: '缺少必填字段', en: 'required field is missing', fixZh: `添加 ${field}`, fixEn: `add ${field}` }];
      }
      return [
        {
          ...base,
          zh: `类型不对：应为 ${issue.expected}`,
          en: `wrong type: expected ${issue.expected}`,
          fixZh: '按模板修改该字段的值',
          fixEn: 'write the value as the template shows',
        },
      ];
    case 'invalid_value':
      return [
        {
          ...base,
          zh: `取值不在允许范围内：${issue.values.join('、')}`,
          en: `not one of the allowed values: ${issue.values.join(', ')}`,
          fixZh: '从允许的值中选一个',
          fixEn: 'use one of the allowed values',
        },
      ];
    default: {
      const [zh, en] = bilingual(issue.message);
      return [{ ...base, zh, en, fixZh: '按提示修改该字段', fixEn: 'correct the field as described' }];
    }
  }
}

/** A YAML syntax error in a file's frontmatter or list. */
export function yamlSyntaxProblem(file: string, message: string, line?: number): Problem {
  return {
    file,
    ...(line === undefined ? {} : { line }),
    field: '',
    zh: `YAML 格式错误：${message}`,
    en: `YAML syntax error: ${message}`,
    fixZh: '检查缩进、冒号和引号',
    fixEn: 'check indentation, colons and quotes',
  };
}
