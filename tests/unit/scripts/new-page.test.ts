import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { planNewPage, type NewPageWorld } from '../../../scripts/lib/new-page.ts';
import { collectContentFiles } from '../../../src/lib/content/files.ts';
import { checkContent } from '../../../src/lib/content/check.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';

const world: NewPageWorld = {
  collections: ['measures', 'sites'],
  slugsIn: (c, locale) =>
    c === 'sites' && locale === 'zh-cn' ? ['erqi-memorial-tower'] : c === 'sites' ? ['only-english'] : [],
  template: () => '---\ntitle: ""\nnumber:\n---\n',
};
const refusal = (...args: string[]) => {
  const plan = planNewPage(args, world);
  return plan.ok ? 'ok' : `${plan.zh} / ${plan.en}`;
};

describe('npm run new: deciding what to create', () => {
  it('creates content/<collection>/zh-cn/<slug>.mdx from the template', () => {
    expect(planNewPage(['sites', 'new-site'], world)).toEqual({
      ok: true,
      path: 'content/sites/zh-cn/new-site.mdx',
      text: world.template('sites'),
    });
  });

  it('fills in the number of a new measure and notes an existing English page', () => {
    expect(planNewPage(['measures', '7'], world)).toMatchObject({
      ok: true,
      text: expect.stringContaining('\nnumber: 7\n'),
    });
    expect(planNewPage(['sites', 'only-english'], world)).toMatchObject({
      ok: true,
      note: expect.stringContaining('already exists'),
    });
  });

  it('refuses an unknown collection, naming the ones there are', () => {
    expect(refusal('site', 'x')).toBe(
      '未知的类型“site”；可选：measures, sites / unknown collection "site"; use one of: measures, sites',
    );
    expect(refusal('departments', 'x')).toMatch(
      /content\/departments\.yaml 末尾.* add an item at the end of content\/departments\.yaml/,
    );
  });

  it.each(['Erqi-Tower', 'erqi_tower', '二七塔', 'erqi--tower', '-erqi', 'erqi tower'])(
    'refuses the slug %j',
    (slug) => {
      expect(refusal('sites', slug)).toMatch(/^slug“.*”不合规.* is not allowed: use lowercase ASCII letters/);
    },
  );

  it('refuses a slug that exists, and a measure not numbered 1 to 20', () => {
    expect(refusal('sites', 'erqi-memorial-tower')).toMatch(/已存在.* already exists: edit it/);
    expect(refusal('measures', '21')).toMatch(/slug 应为 1 至 20.* must be 1 to 20/);
    expect(refusal('sites')).toMatch(/^用法：npm run new -- <类型> <slug>/);
  });
});

describe('npm run new in a copy of the project', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zz-new-'));
  cpSync('content', join(dir, 'content'), { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [resolve('scripts/new.ts'), ...args], { cwd: dir, encoding: 'utf8' });
  const file = join(dir, 'content/sites/zh-cn/test-site.mdx');
  const problems = () => checkContent(collectContentFiles(dir)).map(formatProblem);

  it('exits 1 with a bilingual message for a bad slug or collection', () => {
    const bad = run('sites', 'Test_Site');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/不合规[\s\S]*is not allowed/);
    expect(run('nope', 'x').status).toBe(1);
  });

  it('creates a page the content check refuses until each required field is filled', () => {
    const made = run('sites', 'test-site');
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain('content/sites/zh-cn/test-site.mdx');
    const fields = problems().map((p) => p.split('  ')[1]);
    expect(new Set(fields)).toEqual(
      new Set([
        'title',
        'description',
        'sources.0.title',
        'sources.0.url',
        'sources.0.accessed',
        'lastVerified',
        'place',
        'address',
        'kind',
        'period',
      ]),
    );
    expect(run('sites', 'test-site').status).toBe(1); // now it exists
  });

  it('gives, once filled with valid values, a page that passes the content check', () => {
    const text = readFileSync(file, 'utf8');
    const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
    const doc = parseDocument(yaml!);
    const values: Array<[Array<string | number>, unknown]> = [
      [['title'], '测试旧址'],
      [['description'], '用于测试新页面脚手架的旧址。'],
      [['sources', 0, 'title'], '郑州日报报道'],
      [['sources', 0, 'url'], 'https://zzrb.zynews.cn/html/2021-10/14/content_1268563.htm'],
      [['sources', 0, 'accessed'], '2026-11-29'],
      [['lastVerified'], '2026-11-29'],
      [['place'], 'xinzheng'],
      [['address'], '新郑市辛店镇'],
      [['kind'], 'former-site'],
      [['period'], '抗日战争时期'],
    ];
    for (const [path, value] of values) doc.setIn(path, value);
    writeFileSync(file, `---\n${doc.toString()}---\n${body}\n正文。\n`);
    expect(problems()).toEqual([]);
    rmSync(file);
    expect(existsSync(file)).toBe(false);
  });
});
