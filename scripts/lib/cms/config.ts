import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../../../src/collections.ts';
import { defaultLocale, locales } from '../../../src/i18n/locales.ts';
import { componentId } from '../../../src/lib/content/mdx/component-tags.ts';
import { EDITOR_COMPONENTS } from '../../../src/lib/content/mdx/components.ts';
import type { FieldDoc, SchemaDoc, SharedDoc } from '../field-doc.ts';
import { PLACEHOLDER_REPO } from '../admin/deploy.ts';

/**
 * The Sveltia CMS configuration (src/admin/config.json), made from the schemas as
 * schema-fields.ts reads them and from the collection registry: never kept by hand.
 *
 * - Every field in schema order (which is the order the content files use), labelled with its
 *   `@label` and helped by its `@zh` and English docs; enums become selects, `@ref` fields
 *   relations, dates and slugs text inputs with the schema's pattern.
 * - MDX collections are bilingual (one folder per locale, the same slug): `@neutral` fields
 *   (slugs, numbers, codes, verbatim quotes) are entered once in Chinese and copied into
 *   the English file; everything else, down to each subfield of a list, is translatable.
 * - YAML lists (departments, glossary, goal reports) are one file each, edited as a list.
 * - Saves are pull requests (editorial workflow, open authoring for editors without write
 *   access); editors sign in with a GitHub token; maintainers publish by merging on GitHub.
 * - Empty optional fields are left out of the files, as the schemas expect.
 */

export type CmsField = { name: string; label: string; widget: string } & Record<string, unknown>;
export type CmsCollection = { name: string; label: string } & Record<string, unknown>;
export interface CmsConfig {
  backend: { name: string } & Record<string, unknown>;
  collections: CmsCollection[];
  output: {
    omit_empty_optional_fields: boolean;
    yaml: { indent_size: number; indent_sequences: boolean; quote: 'none' | 'single' | 'double' };
  };
  [key: string]: unknown;
}

/** The CMS's name for a locale is the site's URL locale (zh-cn, en): the folder names. */
const CMS_LOCALES = [...locales];

/** Collections whose entries are a fixed set: the one policy file, the 20 measures, one explainer per measure. */
const FIXED: Partial<Record<CollectionName, { identifier: string; summary: string }>> = {
  policy: { identifier: 'title', summary: '{{title}}' },
  measures: { identifier: 'title', summary: '第{{number}}条 {{title}}' },
  explainers: { identifier: 'measure', summary: '第{{measure}}条措施的解读' },
};

/** Collections whose entries are their fields alone: a progress item's page section shows no body (ProgressLog.astro). */
const NO_BODY: ReadonlySet<CollectionName> = new Set(['progress']);

/** What shows as a collapsed list item: the first of these subfields that the item has. */
const SUMMARY_FIELDS = ['title', 'name', 'term', 'goal', 'text', 'value', 'site', 'date', 'zh'];

/** Text fields that hold sentences rather than a name: a multi-line input. */
const MULTILINE = new Set([
  'description',
  'summary',
  'claim',
  'quote',
  'text',
  'note',
  'caveat',
  'zh',
  'en',
  'recipients',
  'productionArea',
]);

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/.source;
const SLUG_MESSAGE =
  '只用小写英文字母、数字和连字符，中英文共用，保存后不能再改，例如 erqi-memorial-tower / lowercase ASCII letters, digits and hyphens, shared by both languages and fixed once saved, e.g. erqi-memorial-tower';

/** Hints are limited Markdown in the CMS: code spans would show their backticks. */
const plain = (text: string) => text.replace(/`/g, '');

function label(f: { name: string; label?: string }, where: string): string {
  if (!f.label)
    throw new Error(`${where}.${f.name}: the schema comment has no @label (the field's Chinese name)`);
  return `${f.label}（${f.name}）`;
}

function hint(f: { zh?: string; doc: string }): string {
  return plain([f.zh, f.doc].filter(Boolean).join(' / '));
}

type I18n = true | 'duplicate' | undefined;

interface Context {
  shared: Map<string, SharedDoc>;
  /** Every collection's schema, for what a reference shows. */
  schemas: SchemaDoc[];
  where: string;
  /** The i18n value every field below gets (undefined for the YAML lists, which have none). */
  i18n?: I18n;
}

function subfieldsOf(f: FieldDoc, ctx: Context): FieldDoc[] | undefined {
  if (f.fields) return f.fields;
  const shared = f.shared ? ctx.shared.get(f.shared) : undefined;
  return shared?.fields;
}

function relation(collection: string, multiple: boolean, ctx: Context): Record<string, unknown> {
  if (!(COLLECTION_NAMES as string[]).includes(collection))
    throw new Error(`@ref ${collection}: no such collection`);
  const spec = COLLECTIONS[collection as CollectionName];
  if (spec.storage === 'yaml') {
    // An item of a YAML list, stored by its id and shown by its name (a glossary term by the term).
    const fields = ctx.schemas.find((c) => c.name === collection)?.fields ?? [];
    const shown = SUMMARY_FIELDS.find((name) => fields.some((f) => f.name === name)) ?? 'id';
    const path = (name: string) => `${collection}.*.${name}`;
    return {
      widget: 'relation',
      collection,
      file: collection,
      value_field: path('id'),
      search_fields: [...new Set([path(shown), path('id')])],
      display_fields: [path(shown)],
      multiple,
    };
  }
  const shown = FIXED[collection as CollectionName]?.identifier ?? 'title';
  return {
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: [shown],
    display_fields: [shown],
    multiple,
  };
}

function bounds(
  checks: { min?: number; max?: number },
  what: 'value' | 'length' | 'items',
): Record<string, number> {
  const out: Record<string, number> = {};
  const [lo, hi] =
    what === 'value' ? ['min', 'max'] : what === 'length' ? ['minlength', 'maxlength'] : ['min', 'max'];
  // A text's min(1) only says "not empty", which `required` already says.
  if (checks.min !== undefined && !(what === 'length' && checks.min <= 1)) out[lo] = checks.min;
  if (checks.max !== undefined) out[hi] = checks.max;
  return out;
}

/** The input for one plain value (text, number, date, yes/no, web address, a choice or a reference). */
function plainWidget(
  f: Pick<FieldDoc, 'name' | 'type' | 'values' | 'ref' | 'pattern' | 'shared' | 'min' | 'max'>,
  ctx: Context,
): Record<string, unknown> {
  if (f.values) return { widget: 'select', options: f.values };
  if (f.ref) return relation(f.ref, false, ctx);
  if (f.type === 'true or false') return { widget: 'boolean' };
  if (f.type === 'number' || f.shared === 'measureNumber')
    return { widget: 'number', value_type: 'int', ...bounds(f, 'value') };
  const widget = MULTILINE.has(f.name) ? 'text' : 'string';
  return {
    widget,
    ...(f.type.startsWith('web address') ? { type: 'url' } : {}),
    ...(widget === 'string' ? { use_emoji_autocomplete: false } : {}),
    ...(f.pattern ? { pattern: f.pattern.map(plain) } : {}),
    ...bounds(f, 'length'),
  };
}

function fieldOf(f: FieldDoc, ctx: Context): CmsField {
  const where = `${ctx.where}.${f.name}`;
  const base: CmsField = { name: f.name, label: label(f, ctx.where), widget: '', hint: hint(f) };
  if (!f.required) base.required = false;
  if (ctx.i18n !== undefined) base.i18n = ctx.i18n;
  const inner: Context = { ...ctx, where };
  const subfields = subfieldsOf(f, ctx);

  if (f.type.startsWith('[')) {
    // A tuple of numbers ([longitude, latitude]): a list of exactly that many decimals.
    const size = f.type.split(',').length;
    return {
      ...base,
      widget: 'list',
      field: {
        name: f.name,
        label: label(f, ctx.where),
        widget: 'number',
        value_type: 'float',
        ...(ctx.i18n !== undefined ? { i18n: ctx.i18n } : {}),
      },
      min: size,
      max: size,
    };
  }
  if (f.list && subfields) {
    const summary = SUMMARY_FIELDS.find((name) => subfields.some((s) => s.name === name));
    return {
      ...base,
      widget: 'list',
      ...(summary ? { summary: `{{fields.${summary}}}` } : {}),
      collapsed: 'auto',
      ...bounds(f, 'items'),
      fields: subfields.map((s) => fieldOf(s, inner)),
    };
  }
  if (f.list && (f.values || f.ref)) {
    const choice = f.values ? { widget: 'select', options: f.values } : relation(f.ref!, true, ctx);
    return { ...base, ...choice, multiple: true, ...bounds(f, 'items') };
  }
  if (f.list) {
    // Each item is one plain value: a list of number is a list of numbers (not of text).
    const one = {
      ...f,
      type: f.type.replace(/^list of /, ''),
      min: f.item?.min,
      max: f.item?.max,
      pattern: f.item?.pattern,
    };
    const item = plainWidget(one, ctx);
    return {
      ...base,
      widget: 'list',
      ...bounds(f, 'items'),
      field: {
        name: f.name,
        label: label(f, ctx.where),
        ...item,
        ...(ctx.i18n !== undefined ? { i18n: ctx.i18n } : {}),
      },
    };
  }
  if (subfields)
    return { ...base, widget: 'object', collapsed: 'auto', fields: subfields.map((s) => fieldOf(s, inner)) };
  return { ...base, ...plainWidget(f, ctx) };
}

/** The body of an MDX entry: rich text with the site's components and nothing else built in. */
function bodyField(): CmsField {
  return {
    name: 'body',
    label: '正文（body）',
    widget: 'richtext',
    i18n: true,
    hint: '用 Markdown 写；组件只用“插入”菜单里的图片、拼音和出处。不要粘贴 HTML。 / Markdown only; insert components from the Insert menu. Do not paste HTML.',
    editor_components: Object.keys(EDITOR_COMPONENTS).map(componentId),
  };
}

function mdxCollection(
  name: CollectionName,
  schema: SchemaDoc,
  { shared, schemas }: Pick<Context, 'shared' | 'schemas'>,
): CmsCollection {
  const spec = COLLECTIONS[name];
  const fixed = FIXED[name];
  const fields = schema.fields.map((f) =>
    fieldOf(f, { shared, schemas, where: name, i18n: f.neutral ? 'duplicate' : true }),
  );
  return {
    name,
    label: spec.label.zh,
    label_singular: spec.label.zh,
    description: plain([schema.zh, schema.doc].filter(Boolean).join(' / ')),
    folder: `content/${name}`,
    extension: 'mdx',
    format: 'yaml-frontmatter',
    i18n: true,
    identifier_field: fixed?.identifier ?? 'title',
    summary: fixed?.summary ?? '{{title}}',
    ...(fixed
      ? { create: false, delete: false, duplicate: false }
      : // The slug names both files and the page's address; it cannot change once saved (a
        // changed slug would also lose the entry's pull request, sveltia-cms#990).
        { slug: { editable: ['create'], pattern: [SLUG, SLUG_MESSAGE], hint: SLUG_MESSAGE } }),
    // Maintainers publish by merging the pull request on GitHub after CI; the CMS only drafts.
    publish: false,
    fields: NO_BODY.has(name) ? fields : [...fields, bodyField()],
  };
}

function yamlCollection(
  name: CollectionName,
  schema: SchemaDoc,
  { shared, schemas }: Pick<Context, 'shared' | 'schemas'>,
): CmsCollection {
  const spec = COLLECTIONS[name];
  const summary = SUMMARY_FIELDS.find((s) => schema.fields.some((f) => f.name === s)) ?? 'id';
  return {
    name,
    label: spec.label.zh,
    description: plain([schema.zh, schema.doc].filter(Boolean).join(' / ')),
    publish: false,
    files: [
      {
        name,
        label: spec.label.zh,
        file: `content/${name}.yaml`,
        format: 'yaml',
        fields: [
          {
            name,
            label: `${spec.label.zh}（${name}.yaml）`,
            widget: 'list',
            root: true,
            summary: `{{fields.${summary}}}`,
            collapsed: true,
            fields: schema.fields.map((f) => fieldOf(f, { shared, schemas, where: name })),
          },
        ],
      },
    ],
  };
}

export function cmsConfig(schemas: { collections: SchemaDoc[]; shared: SharedDoc[] }): CmsConfig {
  const shared = new Map(schemas.shared.map((s) => [s.name, s]));
  const collections = COLLECTION_NAMES.map((name) => {
    const schema = schemas.collections.find((c) => c.name === name);
    if (!schema) throw new Error(`No schema file src/schemas/${name}.ts for the collection ${name}`);
    const base = { shared, schemas: schemas.collections };
    return COLLECTIONS[name].storage === 'mdx'
      ? mdxCollection(name, schema, base)
      : yamlCollection(name, schema, base);
  });
  return {
    app_title: '郑州革命老区振兴发展 · 内容编辑',
    logo_url: '/favicon.svg',
    backend: {
      name: 'github',
      // Filled in per deployment by scripts/build-admin.ts (CMS_REPO, CMS_BRANCH, CMS_AUTH_URL).
      repo: PLACEHOLDER_REPO,
      branch: 'main',
      // Phase 1, no server: each editor signs in with a fine-grained personal access token.
      auth_methods: ['token'],
      open_authoring: true,
      // The repository is public, so a contributor's fork needs no access to private ones (OAuth sign-in only).
      auth_scope: 'public_repo',
      squash_merges: true,
    },
    publish_mode: 'editorial_workflow',
    media_folder: 'content/images',
    public_folder: '/content/images',
    show_preview_links: false,
    slug: { encoding: 'ascii', clean_accents: true },
    i18n: {
      structure: 'multiple_folders',
      locales: CMS_LOCALES,
      default_locale: defaultLocale,
      initial_locales: 'all',
    },
    editor: { preview: false },
    output: {
      omit_empty_optional_fields: true,
      yaml: { indent_size: 2, indent_sequences: true, quote: 'none' },
    },
    collections,
  };
}
