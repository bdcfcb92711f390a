import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A throw-away copy of the project (sharing node_modules) to build with changed content. */
export function projectCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'zz-project-'));
  for (const part of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts'])
    cpSync(part, join(dir, part), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  return {
    dir,
    build(env: Record<string, string> = {}) {
      const run = spawnSync('npx', ['astro', 'build', '--outDir', join(dir, 'out')], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, SKIP_OG: '1', SITE_URL: 'https://laoqu.example.org', ...env },
      });
      return { status: run.status, output: `${run.stdout}\n${run.stderr}`, out: join(dir, 'out') };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
