/**
 * All builds for one N, in an order that spreads the machine's other load evenly: ours
 * cold, the baseline revision cold (if asked), the floor cold, then `repeat` rounds of the
 * warm builds (ours, baseline, floor; the fastest of each is kept), the sizes and the
 * first search, and last ours after one title change (the incremental OG check).
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from './corpus.ts';
import { makeFloorProject } from './floor-project.ts';
import { folderBytes } from './folder-size.ts';
import { load1 } from './machine.ts';
import { copyProject, retitle } from './project-copy.ts';
import type { Measured, Outputs, SizeResult } from './report.ts';
import { runBuild } from './run-build.ts';

export interface BenchContext {
  root: string;
  work: string;
  log: (line: string) => void;
  /** A git revision to build too, for before/after numbers. */
  baseline?: string;
  /** Warm builds per project; the fastest counts. */
  repeat: number;
  keep: boolean;
}

async function measured(ctx: BenchContext, dir: string, label: string): Promise<Measured> {
  const load = load1();
  ctx.log(`  ${label}: building (load ${load})…`);
  const r = await runBuild(dir, label, ctx.log);
  const og = r.og ? `, OG ${r.ogS.toFixed(1)} s (${r.og.rendered} rendered, ${r.og.cached} cached)` : '';
  ctx.log(
    `  ${label}: ${r.wallS.toFixed(1)} s, pages ${r.pagesS.toFixed(1)} s${og}, Pagefind ${r.pagefindS.toFixed(1)} s, peak ${Math.round(r.peakRss / 2 ** 20)} MB`,
  );
  return { ...r, load };
}

function outputs(ctx: BenchContext, dir: string): Outputs {
  const script = join(ctx.root, 'scripts/bench/search-bytes.ts');
  const out = execFileSync(process.execPath, [script, join(dir, 'dist')], { encoding: 'utf8' });
  const search = JSON.parse(out.trim().split('\n').at(-1)!) as Outputs['search'];
  return { dist: folderBytes(join(dir, 'dist')), index: folderBytes(join(dir, 'dist/pagefind')), search };
}

const fastest = (a: Measured | undefined, b: Measured) => (a && a.wallS <= b.wallS ? a : b);

export async function measureSize(ctx: BenchContext, n: number, corpus: Corpus): Promise<SizeResult> {
  ctx.log(
    `\nN=${n}: ${corpus.entries} entries, ${corpus.pages} pages (${corpus.files.size} generated files)`,
  );
  const site = join(ctx.work, `site-${n}`);
  const base = join(ctx.work, `baseline-${n}`);
  const floor = join(ctx.work, `floor-${n}`);
  copyProject(ctx.root, site, corpus.files);
  if (ctx.baseline) copyProject(ctx.root, base, corpus.files, ctx.baseline);
  makeFloorProject(site, floor, join(ctx.root, 'node_modules'));

  const oursCold = await measured(ctx, site, `N=${n} ours, OG cold`);
  const baseCold = ctx.baseline
    ? await measured(ctx, base, `N=${n} baseline ${ctx.baseline}, OG cold`)
    : undefined;
  const floorCold = await measured(ctx, floor, `N=${n} floor, cold`);
  let oursWarm: Measured | undefined;
  let baseWarm: Measured | undefined;
  let floorWarm: Measured | undefined;
  for (let round = 1; round <= ctx.repeat; round++) {
    oursWarm = fastest(oursWarm, await measured(ctx, site, `N=${n} ours, OG warm #${round}`));
    if (ctx.baseline)
      baseWarm = fastest(baseWarm, await measured(ctx, base, `N=${n} baseline, OG warm #${round}`));
    floorWarm = fastest(floorWarm, await measured(ctx, floor, `N=${n} floor, warm #${round}`));
  }
  const oursOut = outputs(ctx, site);
  const floorOut = outputs(ctx, floor);
  ctx.log(`  retitled ${corpus.probe} to “${retitle(site, corpus.probe)}”`);
  const incremental = await measured(ctx, site, `N=${n} ours, one title changed`);
  if (incremental.og?.rendered !== 1)
    ctx.log(
      `  WARNING: expected 1 OG image rendered after one title change, got ${incremental.og?.rendered}`,
    );
  if (!ctx.keep) for (const dir of [site, base, floor]) rmSync(dir, { recursive: true, force: true });
  return {
    n,
    entries: corpus.entries,
    oursCold,
    oursWarm: oursWarm!,
    floorCold,
    floorWarm: floorWarm!,
    incremental,
    baseline: baseCold && baseWarm ? { rev: ctx.baseline!, cold: baseCold, warm: baseWarm } : undefined,
    ours: oursOut,
    floor: floorOut,
  };
}
