import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm run build` on a copy of the project with one broken content file must fail,
 * naming the file and the field, and write no site.
 */
const copy = mkdtempSync(join(tmpdir(), 'zz-bad-input-'));
for (const part of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts']) cpSync(part, join(copy, part), { recursive: true });
symlinkSync(resolve('node_modules'), join(copy, 'node_modules'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function buildWith(file: string, text: string) {
  writeFileSync(join(copy, file), text);
  const run = spawnSync('npx', ['astro', 'build', '--outDir', join(copy, 'out')], { cwd: copy, encoding: 'utf8' });
  rmSync(join(copy, file));
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('npm run build with bad input', () => {
  it('fails on a missing required field, naming file and field', () => {
    const { status, output } = buildWith('content/pages/zh-cn/broken.mdx', '---\ndescription: 缺少标题的页面\n---\n正文\n');
    expect(status).not.toBe(0);
    expect(output).toContain('content/pages/zh-cn/broken.mdx:1  title  缺少必填字段 / required field is missing');
  });

  it('fails on an unknown field, naming file, line and field', () => {
    const { status, output } = buildWith('content/pages/en/broken.mdx', '---\ntitle: A page\ndescription: A page with a typo.\ndescriptoin: typo\n---\nText\n');
    expect(status).not.toBe(0);
    expect(output).toContain('content/pages/en/broken.mdx:4  descriptoin  未知字段“descriptoin” / unknown field "descriptoin"');
  });
});
