/**
 * The content files are in the form Sveltia CMS writes (scripts/lib/cms/normalize.ts,
 * `npm run content:normalize`), so a save in the CMS changes only what the editor changed:
 * the normalizer on examples, its idempotence, every content and data file in that form,
 * no YAML comments for the CMS to drop, and the language-neutral fields equal in both
 * languages (the CMS copies them from Chinese into English on every save).
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CMS_CONFIG_FILE } from '../../../scripts/lib/cms/config-file.ts';
import type { CmsConfig, CmsField } from '../../../scripts/lib/cms/config.ts';
import { collectionOfFile, normalizeContentFile } from '../../../scripts/lib/cms/normalize.ts';
import { readFileSync } from 'node:fs';
import { checkContent } from '../../../src/lib/content/check.ts';
import { collectContentFiles } from '../../../src/lib/content/files.ts';
import { formatProblems } from '../../../src/lib/content/problems.ts';

const config = JSON.parse(readFileSync(CMS_CONFIG_FILE, 'utf8')) as CmsConfig;
const files = [...collectContentFiles('.')].filter(([path]) => collectionOfFile(path, config));
const normal = (path: string, text: string) => normalizeContentFile(path, text, config);

describe('the CMS form (normalizer)', () => {
  it('orders keys as the schema does, leaves out empty optional fields, writes unset yes/no fields as false, and block lists', () => {
    const text = [
      '---',
      'kind: "former-site"',
      "title: '测试'",
      'otherNames: []',
      'description: "一句话。"',
      'relatedMeasures: [11, 12]',
      'sources:',
      '  - accessed: "2026-11-29"',
      '    title: "来源"',
      '    url: "https://example.org/"',
      '    note: ""',
      'place: dengfeng',
      '---',
      '',
      '',
      '正文 <Pinyin py="Xíngyáng"   zh="荥阳"/> 结束。  ',
      '',
    ].join('\n');
    expect(normal('content/sites/zh-cn/x.mdx', text)).toBe(
      [
        '---',
        'title: 测试',
        'description: 一句话。',
        'place: dengfeng',
        'kind: former-site',
        'relatedMeasures:',
        '  - 11',
        '  - 12',
        'sources:',
        '  - title: 来源',
        '    url: https://example.org/',
        '    accessed: 2026-11-29',
        '    mirror: false',
        '---',
        '',
        '正文 <Pinyin zh="荥阳" py="Xíngyáng" /> 结束。',
        '',
      ].join('\n'),
    );
  });

  it('writes a number in a text field as text, as the CMS’s text input does (a year as a partial date)', () => {
    const text =
      '---\ntitle: t\ndescription: d\ndate: 1923\nsources:\n  - title: s\n    publication: p\n    date: 2025\n    accessed: 2026-01-01\nlastVerified: 2026-01-01\n---\n\nx\n';
    const out = normal('content/timeline/zh-cn/x.mdx', text);
    expect(out).toContain("\ndate: '1923'\n");
    expect(out).toContain("\n    date: '2025'\n");
  });

  it('quotes only what YAML needs quoted, so the values read back the same', () => {
    const text = '---\ntitle: "1923"\ndescription: "a: b # c"\n---\n\nx\n';
    const out = normal('content/pages/zh-cn/x.mdx', text);
    expect(out).toBe("---\ntitle: '1923'\ndescription: 'a: b # c'\n---\n\nx\n");
    expect(parse(/^---\n([\s\S]*?)\n---/.exec(out)![1]!)).toEqual({ title: '1923', description: 'a: b # c' });
  });

  it('writes a YAML list without comments or blank lines between items, and an entry without a body without one', () => {
    const list =
      '# a comment the CMS would drop\n\n- name: 市委农办\n  id: shiwei-nongban\n  nameEn: X\n  kind: party\n  aliases: []\n';
    expect(normal('content/departments.yaml', list)).toBe(
      '- id: shiwei-nongban\n  name: 市委农办\n  nameEn: X\n  kind: party\n',
    );
    const progress = '---\ntitle: t\n---\n';
    expect(normal('content/progress/zh-cn/x.mdx', progress)).toBe(progress);
  });

  it('leaves alone what belongs to no collection, and what does not parse (the content check reports it)', () => {
    const template = '---\n# comment\ntitle: ""\n---\n';
    expect(normal('content/_templates/sites.mdx', template)).toBe(template);
    expect(normal('content/sites/zh-cn/x.mdx', '---\ntitle: [\n---\n')).toBe('---\ntitle: [\n---\n');
  });

  it('changes nothing the second time, on every content file', () => {
    for (const [path, text] of files) {
      const once = normal(path, text);
      expect(normal(path, once), path).toBe(once);
    }
  });

  it('keeps every file valid: the content check finds nothing in the normalized content', () => {
    const normalized = new Map(
      [...collectContentFiles('.')].map(([path, text]) => [path, normal(path, text)]),
    );
    const problems = checkContent(normalized);
    expect(problems, formatProblems(problems)).toEqual([]);
  });
});

describe('the content files', () => {
  it('are all in the CMS form (else run: npm run content:normalize)', () => {
    const off = files.filter(([path, text]) => normal(path, text) !== text).map(([path]) => path);
    expect(off, 'run npm run content:normalize').toEqual([]);
  });

  it('have no YAML comments, which the CMS would drop (their notes are in the schema docs and content/README.md)', () => {
    for (const path of ['content/departments.yaml', 'content/glossary.yaml', 'content/goal-reports.yaml']) {
      expect(readFileSync(path, 'utf8'), path).not.toMatch(/^\s*#/m);
    }
  });

  it('give every language-neutral field the same value in both languages, since the CMS copies it from Chinese on save', () => {
    const byPath = new Map(files);
    const differ: string[] = [];
    for (const collection of config.collections.filter((c) => c.folder)) {
      const neutral = (collection.fields as CmsField[])
        .filter((f) => f.i18n === 'duplicate')
        .map((f) => f.name);
      for (const [path, text] of files.filter(([p]) => p.startsWith(`${collection.folder}/zh-cn/`))) {
        const en = byPath.get(path.replace('/zh-cn/', '/en/'));
        if (!en) continue;
        const front = (t: string) => parse(/^---\n([\s\S]*?)\n---/.exec(t)![1]!) as Record<string, unknown>;
        const [a, b] = [front(text), front(en)];
        for (const name of neutral)
          if (JSON.stringify(a[name]) !== JSON.stringify(b[name])) differ.push(`${path} ${name}`);
      }
    }
    expect(differ).toEqual([]);
  });
});
