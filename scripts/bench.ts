/**
 * `npm run bench [-- --sizes 250,1000,2500] [--keep] [--no-write]`: how the build scales.
 * For each N it makes a synthetic site of N pages (scripts/bench/corpus.ts) in a temporary
 * folder, builds it cold (no OG cache), warm, and after changing one title, builds a bare
 * Astro + MDX site over the same content as the floor (cold and warm), and prints the
 * tables of scripts/bench/report.ts, which it also writes to docs/benchmarks.md.
 * Timings are noisy when other work runs: compare ratios from one run.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { buildCorpus } from './bench/corpus.ts';
import { folderBytes } from './bench/folder-size.ts';
import { makeFloorProject } from './bench/floor-project.ts';
import { describeMachine, load1 } from './bench/machine.ts';
import { copyProject, retitle } from './bench/project-copy.ts';
import { readRealContent } from './bench/real-content.ts';
import { buildsTable, markdownReport, ratiosTable, sizesTable, type Measured, type SizeResult } from './bench/report.ts';
import { runBuild } from './bench/run-build.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (option('--sizes') ?? '250,1000,2500').split(',').map(Number);
const keep = args.includes('--keep');
const write = !args.includes('--no-write');
const log = (line: string) => console.log(line);

const real = readRealContent(join(root, 'content'));
const departments = (parse(readFileSync(join(root, 'content/departments.yaml'), 'utf8')) as unknown[]).length;
const work = mkdtempSync(join(tmpdir(), 'zz-bench-'));
log(`bench: sizes ${sizes.join(', ')}; working in ${work}`);

async function measured(dir: string, label: string): Promise<Measured> {
  const load = load1();
  log(`  ${label}: building (load ${load})…`);
  const r = await runBuild(dir, label, log);
  const og = r.og ? `, OG ${r.ogS.toFixed(1)} s (${r.og.rendered} rendered, ${r.og.cached} cached)` : '';
  log(
    `  ${label}: ${r.wallS.toFixed(1)} s, pages ${r.pagesS.toFixed(1)} s${og}, Pagefind ${r.pagefindS.toFixed(1)} s, peak ${Math.round(r.peakRss / 2 ** 20)} MB`,
  );
  return { ...r, load };
}

function searchBytes(dist: string) {
  const out = execFileSync(process.execPath, [join(root, 'scripts/bench/search-bytes.ts'), dist], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1)!) as SizeResult['ours']['search'];
}

const results: SizeResult[] = [];
try {
  for (const n of sizes) {
    const corpus = buildCorpus(real, n, departments);
    log(`\nN=${n}: ${corpus.entries} entries, ${corpus.pages} pages (${corpus.files.size} generated files)`);
    const site = join(work, `site-${n}`);
    const floor = join(work, `floor-${n}`);
    copyProject(root, site, corpus.files);
    makeFloorProject(site, floor, join(root, 'node_modules'));
    const oursCold = await measured(site, `N=${n} ours, OG cold`);
    const floorCold = await measured(floor, `N=${n} floor, cold`);
    const oursWarm = await measured(site, `N=${n} ours, OG warm`);
    const floorWarm = await measured(floor, `N=${n} floor, warm`);
    const ours = {
      dist: folderBytes(join(site, 'dist')),
      index: folderBytes(join(site, 'dist/pagefind')),
      search: searchBytes(join(site, 'dist')),
    };
    const floorSizes = {
      dist: folderBytes(join(floor, 'dist')),
      index: folderBytes(join(floor, 'dist/pagefind')),
      search: searchBytes(join(floor, 'dist')),
    };
    log(`  retitled ${corpus.probe} to “${retitle(site, corpus.probe)}”`);
    const incremental = await measured(site, `N=${n} ours, one title changed`);
    if (incremental.og?.rendered !== 1)
      log(`  WARNING: expected 1 OG image rendered after one title change, got ${incremental.og?.rendered}`);
    results.push({ n, entries: corpus.entries, oursCold, oursWarm, floorCold, floorWarm, incremental, ours, floor: floorSizes });
    if (!keep) rmSync(floor, { recursive: true, force: true });
    if (!keep) rmSync(site, { recursive: true, force: true });
  }
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
  else log(`kept ${work}`);
}

log(`\n${ratiosTable(results)}\n\n${buildsTable(results)}\n\n${sizesTable(results)}`);
if (write) {
  const method = readFileSync(join(root, 'scripts/bench/method.md'), 'utf8');
  mkdirSync(join(root, 'docs'), { recursive: true });
  writeFileSync(join(root, 'docs/benchmarks.md'), markdownReport(describeMachine(root), results, method));
  log('\nwritten to docs/benchmarks.md');
}
