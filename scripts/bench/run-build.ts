/**
 * Runs a project's build (its package.json build script, as `npm run build` would, else
 * `astro build`) and measures it: wall time (around both steps), peak RSS of the process
 * tree, and the phase times the build prints itself:
 *   - Astro's "generating static routes … ✓ Completed in X s" (every page and endpoint);
 *   - our `og: N images, R rendered, C from cache, T s` line (the OG images are rendered
 *     inside that phase, so page time = generation time − OG time);
 *   - the `search index: N pages in T ms` line of the search index step (ours) or hook (floor's).
 * The full output is kept in <dir>/build.log; progress goes to `progress` every few seconds.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { watchTreeMemory } from './tree-memory.ts';

export interface BuildResult {
  wallS: number;
  /** Static generation minus OG images. */
  pagesS: number;
  ogS: number;
  og?: { images: number; rendered: number; cached: number };
  pagefindS: number;
  htmlPages: number;
  peakRss: number;
  log: string;
}

// eslint-disable-next-line no-control-regex -- matching terminal colour codes is the point
const ANSI = /\x1b\[[0-9;]*m/g;

export async function runBuild(
  dir: string,
  label: string,
  progress: (line: string) => void,
  env: Record<string, string> = {},
): Promise<BuildResult> {
  const started = performance.now();
  const logFile = join(dir, 'build.log');
  const out = createWriteStream(logFile);
  // Our project builds with its own `npm run build` script (astro build with a heap limit, then
  // the search index); the floor with astro build alone, Pagefind in its astro:build:done hook.
  const script = (
    JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts?: { build?: string } }
  ).scripts?.build;
  const command = script ?? 'node node_modules/astro/bin/astro.mjs build';
  const child = spawn('sh', ['-c', command], {
    cwd: dir,
    env: {
      ...process.env,
      PATH: `${dirname(process.execPath)}:${process.env.PATH}`, // `node` in the script is this Node
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      SITE_URL: 'https://laoqu.example.org',
      // The CMS bundle (scripts/build-admin.ts) does not grow with the content; README gives its cost.
      SKIP_ADMIN: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const memory = watchTreeMemory(child.pid!);
  const lines: string[] = [];
  let phase = 'starting';
  let buffer = '';
  const onData = (chunk: Buffer) => {
    out.write(chunk);
    buffer += chunk.toString('utf8');
    const parts = buffer.split('\n');
    buffer = parts.pop()!;
    for (const raw of parts) {
      const line = raw.replace(ANSI, '');
      // Per-page lines and Vite's per-file warnings are many; keep only what is parsed or shown.
      if (/├─|└─|│|╭─|───/.test(line)) continue;
      lines.push(line);
      if (/generating static routes/.test(line)) phase = 'pages';
      else if (/^og: \d+\//.test(line)) phase = line;
      else if (/Building static entrypoints/.test(line)) phase = 'vite bundle';
      else if (/Syncing content/.test(line)) phase = 'content sync';
      else if (/sitemap/.test(line)) phase = 'sitemap + pagefind';
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const ticker = setInterval(() => {
    const s = ((performance.now() - started) / 1000).toFixed(0);
    progress(`  ${label}: ${s} s, ${phase}, ${(memory.current / 2 ** 20).toFixed(0)} MB`);
  }, 10_000);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearInterval(ticker);
  const peakRss = memory.stop();
  out.end();
  const wallS = (performance.now() - started) / 1000;
  if (code !== 0)
    throw new Error(`bench: ${label} failed (exit ${code}); see ${logFile}\n${lines.slice(-15).join('\n')}`);
  return { wallS, peakRss, log: logFile, ...parsePhases(lines) };
}

/** The phase times a build printed (see the file comment). */
export function parsePhases(lines: string[]) {
  // Astro prints "523ms", "3.52s" or "3m 46s".
  const seconds = (m: RegExpExecArray) =>
    (m[1] ? Number(m[1]) * 60 : 0) + (m[3] === 'ms' ? Number(m[2]) / 1000 : Number(m[2]));
  let genS = 0;
  let inGeneration = false;
  let og: BuildResult['og'];
  let ogS = 0;
  let pagefindS = 0;
  let htmlPages = 0;
  for (const line of lines) {
    if (/generating static routes/.test(line)) inGeneration = true;
    const done = /✓ Completed in (?:(\d+)m )?([\d.]+)(ms|s)/.exec(line);
    if (inGeneration && done) {
      genS = seconds(done);
      inGeneration = false;
    }
    const o = /og: (\d+) images, (\d+) rendered, (\d+) from cache, ([\d.]+) s/.exec(line);
    if (o) {
      og = { images: +o[1]!, rendered: +o[2]!, cached: +o[3]! };
      ogS = +o[4]!;
    }
    const p = /search index: (\d+) pages in (\d+) ms/.exec(line);
    if (p) pagefindS = +p[2]! / 1000;
    const b = /(\d+) page\(s\) built in/.exec(line);
    if (b) htmlPages = +b[1]!;
  }
  return { pagesS: Math.max(0, genS - ogS), ogS, og, pagefindS, htmlPages };
}
