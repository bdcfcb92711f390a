import { parse as parseYaml } from 'yaml';
import { EDITOR_COMPONENTS } from '../../src/lib/content/mdx/components.ts';
import { readFrontmatter } from '../../src/lib/content/frontmatter.ts';

/**
 * The fixed translations editors must use, and the MDX components they may use, as
 * Markdown tables for content/README.md: departments (content/departments.yaml), places
 * (content/places/<locale>/<slug>.mdx titles), terms (content/glossary.yaml) and the other fixed
 * names (content/names.yaml).
 * `files` maps a project-relative path to its text, as collectContentFiles returns it.
 */

const cell = (text: unknown) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s+/g, ' ')
    .trim();
const list = <T>(text: string | undefined): T[] => (text ? ((parseYaml(text) as T[] | null) ?? []) : []);

export function departmentsTable(files: Map<string, string>): string {
  const departments = list<{
    id: string;
    name: string;
    nameEn: string;
    aliases?: string[];
    partOf?: string[];
  }>(files.get('content/departments.yaml'));
  return [
    '| 中文 Chinese | 英文 English | 原文中的其他写法 other spellings in the plan | id |',
    '| --- | --- | --- | --- |',
    ...departments.map((d) => {
      const other = [...(d.aliases ?? []), ...(d.partOf ?? []).map((p) => `${p}（合称 compound）`)];
      return `| ${cell(d.name)} | ${cell(d.nameEn)} | ${cell(other.join('、'))} | \`${d.id}\` |`;
    }),
  ].join('\n');
}

export function placesTable(files: Map<string, string>): string {
  const titles = new Map<string, { zh?: string; en?: string; pinyin?: string }>();
  for (const [path, text] of files) {
    const m = /^content\/places\/(zh-cn|en)\/([a-z0-9-]+)\.mdx$/.exec(path);
    if (!m) continue;
    const data = (readFrontmatter(text)?.data ?? {}) as { title?: string; pinyin?: string };
    const row = titles.get(m[2]!) ?? {};
    row[m[1] === 'en' ? 'en' : 'zh'] = data.title;
    row.pinyin ??= data.pinyin;
    titles.set(m[2]!, row);
  }
  return [
    '| 中文 Chinese | 英文 English | 拼音 pinyin | slug |',
    '| --- | --- | --- | --- |',
    ...[...titles]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([slug, t]) =>
          `| ${cell(t.zh ?? '—')} | ${cell(t.en ?? '（未翻译 not translated）')} | ${cell(t.pinyin)} | \`${slug}\` |`,
      ),
  ].join('\n');
}

export function termsTable(files: Map<string, string>): string {
  const terms = list<{ id: string; term: string; termEn: string; measures?: number[] }>(
    files.get('content/glossary.yaml'),
  );
  return [
    '| 术语 term | 固定英译 fixed English | 出现于措施 in measures | id |',
    '| --- | --- | --- | --- |',
    ...terms.map(
      (t) => `| ${cell(t.term)} | ${cell(t.termEn)} | ${cell((t.measures ?? []).join(', '))} | \`${t.id}\` |`,
    ),
  ].join('\n');
}

export function namesTable(files: Map<string, string>): string {
  const names = list<{ zh: string; en: string; variants?: string[]; note?: string }>(
    files.get('content/names.yaml'),
  );
  return [
    '| 中文 Chinese | 固定英译 fixed English | 不用的写法 rejected variants | 说明 note |',
    '| --- | --- | --- | --- |',
    ...names.map(
      (n) => `| ${cell(n.zh)} | ${cell(n.en)} | ${cell((n.variants ?? []).join('; '))} | ${cell(n.note)} |`,
    ),
  ].join('\n');
}

export function componentsTable(): string {
  return [
    '| 组件 component | 属性 attributes | 用途 use | 例子 example |',
    '| --- | --- | --- | --- |',
    ...Object.entries(EDITOR_COMPONENTS).map(([name, c]) => {
      const attrs = [
        ...c.required.map((a) => `\`${a}\` 必填 required`),
        ...c.optional.map((a) => `\`${a}\` 可选 optional`),
      ].join('<br>');
      return `| \`<${name}>\` | ${attrs} | ${cell(c.zh)}<br>${cell(c.en)} | \`${cell(c.example)}\` |`;
    }),
  ].join('\n');
}
