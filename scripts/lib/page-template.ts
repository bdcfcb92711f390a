import { collectionLabel, typeText } from './field-tables.ts';
import type { FieldDoc, SchemaDoc, SharedDoc } from './schema-fields.ts';

/**
 * A new page for an MDX collection: YAML frontmatter with every required field left empty
 * for the editor to fill, a `# comment` above each field taken from the schema, and the
 * optional fields commented out. Used by `npm run new` and for content/_templates/.
 * Empty values are deliberate: the content check refuses the page until each is filled,
 * so nothing is published with a guessed value.
 */

/** Optional fields shown ready to fill anyway: a source needs a url or, for print, a publication. */
const LIVE_OPTIONAL: Record<string, string[]> = { source: ['url'] };

const plainType = (f: FieldDoc) =>
  typeText(f)
    .replace(/\[`([^`]+)`\]\([^)]*\)/g, '$1')
    .replace(/`/g, '');

/** An empty value of the right shape: "" for text, nothing for numbers, a list item for lists. */
function placeholder(f: FieldDoc, shared: Map<string, SharedDoc>): string {
  const item = f.shared ? shared.get(f.shared)?.type : f.type.replace(/^list of /, '');
  if (item?.startsWith('[')) return '[]';
  const empty = item === 'number' || item === 'true or false' ? '' : '""';
  if (!f.list) return empty;
  return empty ? '\n  - ""' : '[]';
}

function fieldsOf(f: FieldDoc, shared: Map<string, SharedDoc>): FieldDoc[] | undefined {
  return f.fields ?? (f.shared ? shared.get(f.shared)?.fields : undefined);
}

/** Lines for `fields` at `indent`; `first` prefixes the first line of a list item ("- "). */
function lines(
  fields: FieldDoc[],
  shared: Map<string, SharedDoc>,
  indent: string,
  live: string[] = [],
  withDocs = true,
): string[] {
  const out: string[] = [];
  let first = true;
  for (const f of fields.filter((x) => x.required || live.includes(x.name))) {
    const lead = first && indent.endsWith('- ') ? indent : indent.replace(/- $/, '  ');
    const pad = indent.replace(/- $/, '  ');
    first = false;
    if (withDocs) out.push(`${lead.replace(/- $/, '')}# ${f.doc} [${plainType(f)}]`);
    const children = fieldsOf(f, shared);
    if (!children) {
      const value = placeholder(f, shared).replace(/\n/g, `\n${pad}`);
      out.push(`${lead}${f.name}:${value && !value.startsWith('\n') ? ' ' : ''}${value}`);
      continue;
    }
    out.push(`${lead}${f.name}:`);
    out.push(
      ...lines(
        children,
        shared,
        f.list ? `${pad}  - ` : `${pad}  `,
        f.shared ? LIVE_OPTIONAL[f.shared] : [],
        withDocs,
      ),
    );
  }
  return out;
}

/** The optional fields, commented out with a one-line skeleton of what they hold. */
function optionalLines(fields: FieldDoc[], shared: Map<string, SharedDoc>): string[] {
  return fields
    .filter((f) => !f.required)
    .flatMap((f) => {
      const children = fieldsOf(f, shared);
      // an object whose fields are all optional (visiting) shows them all
      const live = children?.some((c) => c.required)
        ? f.shared
          ? LIVE_OPTIONAL[f.shared]
          : []
        : children?.map((c) => c.name);
      const body = children
        ? [`${f.name}:`, ...lines(children, shared, f.list ? '  - ' : '  ', live, false)]
        : [`${f.name}: ${f.list ? '[]' : placeholder(f, shared)}`.trimEnd()];
      return [`# ${f.doc} [${plainType(f)}]`, ...body.map((l) => `# ${l}`)];
    });
}

export function renderTemplate(schema: SchemaDoc, sharedDocs: SharedDoc[]): string {
  const shared = new Map(sharedDocs.map((s) => [s.name, s]));
  const name = `${collectionLabel(schema.name) || schema.name} (${schema.name})`;
  return [
    '---',
    `# ${name}。填写每个字段：引号 "" 之间写内容；以 # 开头的行是说明，可以保留也可以删掉。`,
    `# ${name}. Fill in every field: write between the quotes ""; lines starting with # are notes.`,
    '# 字段说明 / field reference: content/README.md',
    ...lines(schema.fields, shared, ''),
    '',
    '# ── 可选字段：去掉行首的 "# " 即可使用 / optional fields: remove the leading "# " to use one ──',
    ...optionalLines(schema.fields, shared),
    '---',
    '',
    '{/* 正文写在这里（Markdown）。这一行是给编辑看的注释，可以删掉。 / Write the body here (Markdown). This line is a note to editors; delete it. */}',
    '',
  ].join('\n');
}
