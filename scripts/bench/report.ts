/**
 * The benchmark's tables, as Markdown (printed, and written to docs/benchmarks.md): one
 * row per build, the sizes of what readers download, and the ratios the targets are about.
 */
import type { Machine } from './machine.ts';
import type { BuildResult } from './run-build.ts';

export interface Measured extends BuildResult {
  /** 1-minute load average when the build started. */
  load: number;
}

export interface SizeResult {
  n: number;
  entries: number;
  oursCold: Measured;
  oursWarm: Measured;
  floorCold: Measured;
  floorWarm: Measured;
  incremental: Measured;
  ours: { dist: number; index: number; search: { bytes: number; requests: number; results: number } };
  floor: { dist: number; index: number; search: { bytes: number; requests: number; results: number } };
}

const s = (x: number) => x.toFixed(1);
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
const perPage = (r: BuildResult) => (r.wallS * 1000) / r.htmlPages;
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

export function buildsTable(results: SizeResult[]): string {
  const rows: string[][] = [];
  for (const r of results) {
    const builds: Array<[string, Measured]> = [
      ['ours, OG cache warm', r.oursWarm],
      ['ours, OG cache cold', r.oursCold],
      ['ours, one title changed', r.incremental],
      ['floor (warm)', r.floorWarm],
      ['floor (cold)', r.floorCold],
    ];
    for (const [name, b] of builds) {
      rows.push([
        String(r.n),
        name,
        String(b.htmlPages),
        s(b.wallS),
        perPage(b).toFixed(1),
        s(b.pagesS),
        b.og ? s(b.ogS) : '–',
        s(b.pagefindS),
        mb(b.peakRss),
        String(b.load),
      ]);
    }
  }
  return table(['N', 'build', 'HTML pages', 'wall s', 'ms/page', 'pages s', 'OG s', 'Pagefind s', 'peak RSS', 'load'], rows);
}

export function sizesTable(results: SizeResult[]): string {
  return table(
    ['N', 'entries', 'dist/ ours', 'dist/ floor', 'index ours', 'index floor', '1st 纪念馆 search ours', 'floor'],
    results.map((r) => [
      String(r.n),
      String(r.entries),
      mb(r.ours.dist),
      mb(r.floor.dist),
      mb(r.ours.index),
      mb(r.floor.index),
      `${kb(r.ours.search.bytes)} (${r.ours.search.requests} files)`,
      `${kb(r.floor.search.bytes)} (${r.floor.search.requests} files)`,
    ]),
  );
}

export function ratiosTable(results: SizeResult[]): string {
  const first = results[0]!;
  return table(
    [
      'N',
      'ours ÷ floor, OG warm',
      'ours ÷ floor, OG cold',
      'ms/page warm (× N=' + first.n + ')',
      'pages-phase ms/page (× N=' + first.n + ')',
      'peak RSS warm',
      'incremental: OG rendered',
    ],
    results.map((r) => {
      const pagesMs = (x: SizeResult) => (x.oursWarm.pagesS * 1000) / x.oursWarm.htmlPages;
      return [
        String(r.n),
        (r.oursWarm.wallS / r.floorWarm.wallS).toFixed(2),
        (r.oursCold.wallS / r.floorCold.wallS).toFixed(2),
        `${perPage(r.oursWarm).toFixed(1)} (× ${(perPage(r.oursWarm) / perPage(first.oursWarm)).toFixed(2)})`,
        `${pagesMs(r).toFixed(1)} (× ${(pagesMs(r) / pagesMs(first)).toFixed(2)})`,
        mb(r.oursWarm.peakRss),
        r.incremental.og ? `${r.incremental.og.rendered} of ${r.incremental.og.images}` : '?',
      ];
    }),
  );
}

export function markdownReport(machine: Machine, results: SizeResult[], method: string): string {
  return [
    '# Build benchmarks',
    '',
    '<!-- Written by `npm run bench` (scripts/bench.ts); edit the method text in scripts/bench/method.md. -->',
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB memory, ${machine.os}; Node ${machine.node}, Astro ${machine.astro}, Pagefind ${machine.pagefind}; run ${machine.date}.`,
    '',
    '## Ratios',
    '',
    ratiosTable(results),
    '',
    '## Builds',
    '',
    buildsTable(results),
    '',
    '## What readers download',
    '',
    sizesTable(results),
    '',
    method.trim(),
    '',
  ].join('\n');
}
