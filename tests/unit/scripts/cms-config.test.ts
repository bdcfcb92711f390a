/**
 * The CMS configuration (src/admin/config.json, `npm run cms:config`): up to date with the
 * schemas, valid against the JSON schema Sveltia CMS ships, and faithful to the schemas for
 * every collection (fields in file order, enums, shared and translatable fields, optional
 * fields, the save and sign-in settings).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { CMS_CONFIG_FILE, generateCmsConfig, renderCmsConfig } from '../../../scripts/lib/cms/config-file.ts';
import type { CmsConfig, CmsField } from '../../../scripts/lib/cms/config.ts';
import { readSchemas, type FieldDoc } from '../../../scripts/lib/schema-fields.ts';
import { COLLECTIONS, COLLECTION_NAMES } from '../../../src/collections.ts';

const config = JSON.parse(readFileSync(CMS_CONFIG_FILE, 'utf8')) as CmsConfig;
const { collections: schemas, shared } = readSchemas();
const sharedFields = new Map(shared.map((s) => [s.name, s.fields]));
const subfields = (f: FieldDoc) => f.fields ?? (f.shared ? sharedFields.get(f.shared) : undefined);

function validator() {
  const schema = JSON.parse(
    readFileSync('node_modules/@sveltia/cms/schema/sveltia-cms.json', 'utf8'),
  ) as object;
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    formats: {
      // Patterns are JavaScript regular expressions: each must compile.
      regex: (source: string) => {
        try {
          new RegExp(source);
          return true;
        } catch {
          return false;
        }
      },
      uri: (value: string) => URL.canParse(value),
    },
  });
  return ajv.compile(schema);
}

/** The fields of a collection as the CMS sees them (a YAML list's item fields). */
function cmsFields(name: string): CmsField[] {
  const collection = config.collections.find((c) => c.name === name)!;
  const files = collection.files as Array<{ fields: CmsField[] }> | undefined;
  return files
    ? (files[0]!.fields[0]!.fields as CmsField[])
    : (collection.fields as CmsField[]).filter((f) => f.name !== 'body');
}

/** Every (schema field, CMS field) pair, recursively, with its dotted path. */
function pairs(
  fields: FieldDoc[],
  cms: CmsField[],
  path = '',
): Array<{ path: string; f: FieldDoc; c: CmsField }> {
  return fields.flatMap((f) => {
    const c = cms.find((x) => x.name === f.name)!;
    const subs = subfields(f);
    const inner = subs && c?.fields ? pairs(subs, c.fields as CmsField[], `${path}${f.name}.`) : [];
    return [{ path: `${path}${f.name}`, f, c }, ...inner];
  });
}

describe('src/admin/config.json', () => {
  it('is up to date with the schemas (else run: npm run cms:config)', () => {
    expect(
      readFileSync(CMS_CONFIG_FILE, 'utf8') === renderCmsConfig(),
      `${CMS_CONFIG_FILE} is out of date: run npm run cms:config`,
    ).toBe(true);
  });

  it('goes out of date when a schema gains a field, so `cms:config --check` fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zz-cms-'));
    try {
      cpSync('src/schemas', join(dir, 'src/schemas'), { recursive: true });
      const file = join(dir, 'src/schemas/pages.ts');
      const text = readFileSync(file, 'utf8');
      writeFileSync(
        file,
        text.replace(
          '  ...entryBase,\n',
          '  ...entryBase,\n  /**\n   * A new field.\n   * @label 新字段\n   */\n  added: z.string().optional(),\n',
        ),
      );
      const pages = generateCmsConfig(dir).collections.find((c) => c.name === 'pages')!;
      expect((pages.fields as CmsField[]).map((f) => f.name)).toContain('added');
      expect(renderCmsConfig(dir)).not.toBe(readFileSync(CMS_CONFIG_FILE, 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('validates against the JSON schema Sveltia CMS ships, which catches a misspelt option', () => {
    const validate = validator();
    expect(validate(config), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
    const planted = structuredClone(config);
    (planted.collections[0]!.fields as CmsField[])[0]!.widgett = 'string';
    expect(validate(planted)).toBe(false);
    expect(validate({ ...config, publish_mod: 'editorial_workflow' })).toBe(false);
  });

  it('has one collection per registry entry, in registry order, MDX ones bilingual with a folder per locale', () => {
    expect(config.collections.map((c) => c.name)).toEqual(COLLECTION_NAMES);
    expect(config.i18n).toMatchObject({
      structure: 'multiple_folders',
      locales: ['zh-cn', 'en'],
      default_locale: 'zh-cn',
    });
    for (const c of config.collections) {
      if (COLLECTIONS[c.name as keyof typeof COLLECTIONS].storage === 'mdx') {
        expect(c, c.name).toMatchObject({
          folder: `content/${c.name}`,
          extension: 'mdx',
          format: 'yaml-frontmatter',
          i18n: true,
          publish: false,
        });
      } else {
        expect(c.files, c.name).toMatchObject([
          { file: `content/${c.name}.yaml`, format: 'yaml', fields: [{ widget: 'list', root: true }] },
        ]);
      }
    }
  });

  describe.each(COLLECTION_NAMES)('collection %s', (name) => {
    const schema = schemas.find((s) => s.name === name)!;
    const all = pairs(schema.fields, cmsFields(name));
    const mdx = COLLECTIONS[name].storage === 'mdx';

    it('has every schema field, in schema (file) order, at every level', () => {
      expect(cmsFields(name).map((f) => f.name)).toEqual(schema.fields.map((f) => f.name));
      for (const { path, f, c } of all) {
        expect(c, path).toBeDefined();
        const subs = subfields(f);
        if (subs)
          expect(
            (c.fields as CmsField[]).map((x) => x.name),
            path,
          ).toEqual(subs.map((s) => s.name));
      }
    });

    it('labels every field in Chinese and helps with the Chinese, then the English docs', () => {
      for (const { path, f, c } of all) {
        expect(c.label, path).toBe(`${f.label}（${f.name}）`);
        expect(c.label, path).toMatch(/\p{Script=Han}/u);
        expect(c.hint, path).toBe(`${f.zh} / ${f.doc}`.replace(/`/g, ''));
      }
    });

    it('gives each plain value the input of its type: numbers, yes/no, choices, references, text', () => {
      for (const { path, f, c } of all.filter((p) => !subfields(p.f) && !p.f.type.startsWith('['))) {
        const input = f.list && !f.values && !f.ref ? (c.field as CmsField) : c;
        const type = f.type.replace(/^list of /, '');
        const expected = f.values
          ? ['select']
          : f.ref
            ? ['relation']
            : type === 'true or false'
              ? ['boolean']
              : type === 'number' || type === 'measureNumber'
                ? ['number']
                : ['string', 'text'];
        expect(expected, `${path}: ${input.widget}`).toContain(input.widget);
      }
    });

    it('offers exactly the schema enums as choices', () => {
      for (const { path, f, c } of all.filter((p) => p.f.values)) {
        expect(c.widget, path).toBe('select');
        expect(c.options, path).toEqual(f.values);
        expect(Boolean(c.multiple), path).toBe(f.list);
      }
    });

    it('marks optional fields optional (so empty ones are left out of the files) and required ones required', () => {
      for (const { path, f, c } of all) expect(c.required !== false, path).toBe(f.required);
    });

    it(
      mdx
        ? 'shares neutral fields between the languages and makes every other field, down to list subfields, translatable'
        : 'has no languages (one file for both)',
      () => {
        for (const { path, c } of all) {
          const top = schema.fields.find((f) => f.name === path.split('.')[0])!;
          expect(c.i18n, path).toBe(mdx ? (top.neutral ? 'duplicate' : true) : undefined);
        }
        if (mdx) {
          const lists = all.filter((p) => p.c.widget === 'list' && p.c.i18n === true);
          for (const { path, c } of lists) {
            const items = (c.fields as CmsField[] | undefined) ?? [c.field as CmsField];
            for (const item of items) expect(item.i18n, `${path}.${item.name}`).toBe(true);
          }
        }
      },
    );

    it('turns references into relations', () => {
      for (const { path, f, c } of all.filter((p) => p.f.ref)) {
        expect(c, path).toMatchObject({ widget: 'relation', collection: f.ref, multiple: f.list });
      }
    });
  });

  it('leaves empty optional fields out and writes YAML as the content files are written', () => {
    expect(config.output).toEqual({
      omit_empty_optional_fields: true,
      yaml: { indent_size: 2, indent_sequences: true, quote: 'none' },
    });
  });

  it('saves as pull requests: editorial workflow, open authoring, token sign-in without a server', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({ name: 'github', auth_methods: ['token'], open_authoring: true });
    expect(config.backend.base_url).toBeUndefined();
  });

  it('fixes an entry’s slug when it is created, and offers no new entries where the set is fixed', () => {
    for (const c of config.collections.filter((x) => x.folder)) {
      if (['policy', 'measures', 'explainers'].includes(c.name))
        expect(c, c.name).toMatchObject({ create: false, delete: false });
      else
        expect(c.slug, c.name).toMatchObject({
          editable: ['create'],
          pattern: ['^[a-z0-9]+(-[a-z0-9]+)*$', expect.any(String)],
        });
    }
  });

  it('offers the site’s MDX components, and only them, in the body', () => {
    for (const c of config.collections.filter((x) => x.folder && x.name !== 'progress')) {
      const body = (c.fields as CmsField[]).at(-1)!;
      expect(body, c.name).toMatchObject({
        name: 'body',
        widget: 'richtext',
        editor_components: ['figure', 'ref', 'reportchannel', 'pinyin'],
      });
    }
  });
});
