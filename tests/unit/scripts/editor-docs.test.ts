import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { generateEditorDocs, replaceSection } from '../../../scripts/lib/editor-docs.ts';
import { renderTemplate } from '../../../scripts/lib/page-template.ts';
import { readSchemas, type FieldDoc } from '../../../scripts/lib/schema-fields.ts';
import { readFrontmatter } from '../../../src/lib/content/frontmatter.ts';

describe('schema reader (TypeScript compiler API)', () => {
  const { collections, shared } = readSchemas('tests/fixtures/schemas');
  const thing = collections.find((c) => c.name === 'things')!;
  const field = (name: string) => thing.fields.find((f) => f.name === name)!;

  it('finds each field with its comment, spread fields first, and whether it is required', () => {
    expect(thing.doc).toBe("A thing, for the schema reader's test.");
    expect(thing.fields.map((f) => [f.name, f.required, f.doc])).toEqual([
      ['title', true, 'Title of the page.'],
      ['sources', true, 'The sources.'],
      ['seen', true, 'When it was seen.'],
      ['kind', true, 'Big or small.'],
      ['at', false, 'Where, as [lng, lat].'],
      ['aliases', false, 'Other names.'],
      ['like', false, 'Things it is like, by slug.'],
      ['count', false, 'How many.'],
    ]);
  });

  it('describes types: enums through constants, tuples, nested objects, lists, defaults', () => {
    expect(field('kind').values).toEqual(['big', 'small']);
    expect(field('at').fields).toEqual([
      expect.objectContaining({ name: 'lngLat', required: true, type: '[number, number]' }),
    ]);
    expect(field('aliases')).toMatchObject({ list: true, type: 'list of text', defaultText: '[]' });
  });

  it('reads the tags of a comment (label, Chinese help, neutral, reference) apart from its text', () => {
    expect(field('like')).toMatchObject({
      doc: 'Things it is like, by slug.',
      label: '相似',
      zh: '相似的东西。',
      neutral: true,
      ref: 'things',
    });
    expect(field('count')).toMatchObject({ doc: 'How many.', label: '数量' });
    expect(field('kind').label).toBeUndefined();
  });

  it('reads the checks a form can show: bounds of numbers, texts and lists, patterns, a list item’s own checks', () => {
    expect(field('title')).toMatchObject({ min: 1 });
    expect(field('sources')).toMatchObject({ min: 1, list: true });
    expect(field('count')).toMatchObject({ min: 1, max: 9 });
    expect(field('like')).toMatchObject({ max: 3, item: { pattern: ['^[a-z]+$', 'lowercase only'] } });
  });

  it('refuses a tag it does not know, so a typo does not silently drop a label', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zz-schemas-'));
    try {
      cpSync('tests/fixtures/schemas', dir, { recursive: true });
      const file = join(dir, 'things.ts');
      writeFileSync(file, readFileSync(file, 'utf8').replace('@label 数量', '@lable 数量'));
      expect(() => readSchemas(dir)).toThrow(/Unknown tag @lable/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names what common.ts declares and documents it once', () => {
    expect(field('seen')).toMatchObject({ shared: 'day', type: 'day' });
    expect(field('sources')).toMatchObject({ list: true, shared: 'source' });
    expect(shared.map((s) => [s.name, s.doc])).toEqual([
      ['source', 'Where a fact comes from.'],
      ['day', 'A day, YYYY-MM-DD.'],
    ]);
  });

  it('gives a template whose empty values are valid YAML with every required field', () => {
    const text = renderTemplate(thing, shared);
    const data = readFrontmatter(text)!;
    expect(data.errors).toEqual([]);
    expect(Object.keys(data.data as object)).toEqual(['title', 'sources', 'seen', 'kind']);
    expect(data.data).toMatchObject({ sources: [{ title: '', url: '' }] });
    expect(text).toContain('# Big or small. [one of: big, small]');
    expect(text).toMatch(/^# aliases: \[\]$/m);
  });
});

describe('the real schemas', () => {
  const { collections, shared } = readSchemas();
  const undocumented = (fields: FieldDoc[], prefix: string): string[] =>
    fields.flatMap((f) => [
      ...(f.doc ? [] : [`${prefix}${f.name}`]),
      ...undocumented(f.fields ?? [], `${prefix}${f.name}.`),
    ]);

  it('document every field with a /** */ comment', () => {
    expect([...collections, ...shared].flatMap((c) => undocumented(c.fields ?? [], `${c.name}.`))).toEqual(
      [],
    );
  });

  it('give every field a Chinese name (@label) and Chinese help (@zh), for the CMS and the field reference', () => {
    const unlabelled = (fields: FieldDoc[], prefix: string): string[] =>
      fields.flatMap((f) => [
        ...(f.label && f.zh ? [] : [`${prefix}${f.name}`]),
        ...unlabelled(f.shared ? [] : (f.fields ?? []), `${prefix}${f.name}.`),
      ]);
    const structures = shared.filter((s) => s.fields);
    expect([...collections, ...structures].flatMap((c) => unlabelled(c.fields ?? [], `${c.name}.`))).toEqual(
      [],
    );
    expect(collections.filter((c) => !c.zh).map((c) => c.name)).toEqual([]);
  });

  it('give templates that parse as YAML', () => {
    for (const [path, text] of generateEditorDocs('.')) {
      if (path.endsWith('.mdx')) expect(readFrontmatter(text)?.errors, path).toEqual([]);
    }
  });
});

describe('content/README.md and content/_templates/', () => {
  it('are up to date with the schemas and data files (else run: npm run docs:fields)', () => {
    for (const [path, text] of generateEditorDocs('.')) {
      expect(readFileSync(path, 'utf8') === text, `${path} is out of date: run npm run docs:fields`).toBe(
        true,
      );
    }
  });

  it('replace only what stands between the markers', () => {
    const text = 'a\n<!-- x:start -->\nold\n<!-- x:end -->\nb';
    expect(replaceSection(text, 'x', 'new')).toMatch(/^a\n<!-- x:start -->\n.*\n\nnew\n\n<!-- x:end -->\nb$/);
    expect(() => replaceSection('no markers', 'x', 'new')).toThrow(/markers <!-- x:start -->/);
  });

  it('list every department in the glossary tables', () => {
    const departments = parseYaml(readFileSync('content/departments.yaml', 'utf8')) as Array<{ id: string }>;
    const readme = readFileSync('content/README.md', 'utf8');
    for (const d of departments) expect(readme).toContain(`\`${d.id}\``);
  });
});
