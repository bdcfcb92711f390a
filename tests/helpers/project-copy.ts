import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A throw-away copy of the project (sharing node_modules) to build with changed content. */
export function projectCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'zz-project-'));
  for (const part of [
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
    'src',
    'content',
    'public',
    'scripts',
  ])
    cpSync(part, join(dir, part), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  return {
    dir,
    /** `npm run build` into <dir>/out: astro build, then the search index. */
    build(env: Record<string, string> = {}) {
      const options = {
        cwd: dir,
        encoding: 'utf8' as const,
        env: { ...process.env, SKIP_OG: '1', SITE_URL: 'https://laoqu.example.org', ...env },
      };
      const out = join(dir, 'out');
      let run = spawnSync('npx', ['astro', 'build', '--outDir', out], options);
      let output = `${run.stdout}\n${run.stderr}`;
      if (run.status === 0) {
        run = spawnSync(process.execPath, ['scripts/search-index.ts', out], options);
        output += `\n${run.stdout}\n${run.stderr}`;
      }
      return { status: run.status, output, out };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
