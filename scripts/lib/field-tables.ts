import { COLLECTIONS, COLLECTION_NAMES, fileOf, isCollectionName } from '../../src/collections.ts';
import type { FieldDoc, SchemaDoc, SharedDoc } from './schema-fields.ts';

/**
 * Markdown tables of every frontmatter field, one table per collection, made from the
 * schemas (schema-fields.ts). Written into content/README.md between
 * <!-- fields:start --> and <!-- fields:end --> by `npm run docs:fields`.
 */

/** Collections kept as one YAML list instead of one MDX file per entry (src/collections.ts). */
export const YAML_COLLECTIONS: ReadonlySet<string> = new Set(
  COLLECTION_NAMES.filter((c) => COLLECTIONS[c].storage === 'yaml'),
);

/** The Chinese name of a collection, for headings (the registry's label). */
export const collectionLabel = (name: string) => (isCollectionName(name) ? COLLECTIONS[name].label.zh : '');

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** The value an editor writes, in words: `isoDate` links to the value formats below. */
export function typeText(f: Pick<FieldDoc, 'type' | 'values' | 'shared' | 'list'>): string {
  const one = f.values
    ? `one of: ${f.values.map((v) => `\`${v}\``).join(', ')}`
    : f.shared
      ? `[\`${f.shared}\`](#${f.shared.toLowerCase()})`
      : f.type;
  if (!f.list) return one;
  return f.values || f.shared ? `list of ${one}` : f.type;
}

function requiredText(f: FieldDoc): string {
  if (f.required) return '必填 required';
  return f.defaultText ? `可选 optional (默认 default \`${f.defaultText}\`)` : '可选 optional';
}

/** The field's Chinese name and help first (its @label and @zh tags), then the English doc. */
function meaning(f: Pick<FieldDoc, 'label' | 'zh' | 'doc' | 'neutral'>): string {
  const zh = [f.label && `**${f.label}**`, f.zh].filter(Boolean).join(' ');
  const neutral = f.neutral
    ? '<br>中英文相同，在 CMS 中只填中文 / the same in both languages (entered once, in Chinese, in the CMS)'
    : '';
  return `${[zh, f.doc].filter(Boolean).join('<br>')}${neutral}`;
}

function rows(fields: FieldDoc[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const path = `${prefix}${f.name}`;
    const row = `| \`${path}\` | ${requiredText(f)} | ${cell(typeText(f))} | ${cell(meaning(f))} |`;
    const children = f.fields && !f.shared ? rows(f.fields, `${path}${f.list ? '[].' : '.'}`) : [];
    return [row, ...children];
  });
}

const HEAD = ['| 字段 field | 必填 required | 写法 type | 说明 meaning |', '| --- | --- | --- | --- |'];

export function renderFieldReference(collections: SchemaDoc[], shared: SharedDoc[]): string {
  const out: string[] = [
    '子字段（`a.b`、列表中每一项的 `a[].b`）只在其上级字段填写时才需要。',
    'Sub-fields (`a.b`, and `a[].b` for each item of a list) are needed only when their parent is given.',
    '',
  ];
  const order: string[] = COLLECTION_NAMES;
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  for (const c of [...collections].sort(
    (a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name),
  )) {
    out.push(
      `### \`${c.name}\` ${collectionLabel(c.name)} — \`${isCollectionName(c.name) ? fileOf(c.name) : ''}\``,
      '',
      ...(c.zh ? [cell(c.zh), ''] : []),
      cell(c.doc),
      '',
      ...HEAD,
      ...rows(c.fields),
      '',
    );
  }
  out.push('### 共用结构和写法 / Shared structures and value formats', '');
  const formats = shared.filter((s) => !s.fields);
  out.push('| 写法 format | 类型 type | 说明 meaning |', '| --- | --- | --- |');
  for (const s of formats)
    out.push(
      `| <a id="${s.name.toLowerCase()}"></a>\`${s.name}\` | ${cell(typeText({ ...s, shared: undefined, list: false }))} | ${cell(s.doc)} |`,
    );
  out.push('');
  for (const s of shared.filter((x) => x.fields)) {
    out.push(
      `#### <a id="${s.name.toLowerCase()}"></a>\`${s.name}\``,
      '',
      cell(s.doc),
      '',
      ...HEAD,
      ...rows(s.fields!),
      '',
    );
  }
  return out.join('\n').trimEnd();
}
