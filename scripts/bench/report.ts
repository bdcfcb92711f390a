/**
 * The benchmark's tables, as Markdown (printed, and written to docs/benchmarks.md): one
 * row per build, the sizes of what readers download, and the ratios the targets are about.
 */
import type { BuildResult } from './run-build.ts';

export interface Measured extends BuildResult {
  /** 1-minute load average when the build started. */
  load: number;
}

/** What a build leaves for readers: dist/ and index sizes, and a first search's download. */
export interface Outputs {
  dist: number;
  index: number;
  search: { bytes: number; requests: number; results: number };
}

export interface SizeResult {
  n: number;
  entries: number;
  oursCold: Measured;
  oursWarm: Measured;
  floorCold: Measured;
  floorWarm: Measured;
  incremental: Measured;
  /** The same corpus built with the code of an earlier revision (--baseline). */
  baseline?: { rev: string; cold: Measured; warm: Measured };
  ours: Outputs;
  floor: Outputs;
}

const s = (x: number) => x.toFixed(1);
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
const perPage = (r: BuildResult) => (r.wallS * 1000) / r.htmlPages;
const table = (head: string[], rows: string[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

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
    if (r.baseline)
      builds.push(
        [`baseline ${r.baseline.rev}, OG warm`, r.baseline.warm],
        [`baseline ${r.baseline.rev}, OG cold`, r.baseline.cold],
      );
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
  return table(
    ['N', 'build', 'HTML pages', 'wall s', 'ms/page', 'pages s', 'OG s', 'Pagefind s', 'peak RSS', 'load'],
    rows,
  );
}

export function sizesTable(results: SizeResult[]): string {
  return table(
    [
      'N',
      'entries',
      'dist/ ours',
      'dist/ floor',
      'index ours',
      'index floor',
      '1st 纪念馆 search ours',
      'floor',
    ],
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

/** Before/after: the same corpora built with the code of an earlier revision (--baseline). */
export function baselineTable(results: SizeResult[]): string {
  const rows = results.filter((r) => r.baseline);
  if (rows.length === 0) return '';
  const pair = (before: number, after: number, f: (x: number) => string) => `${f(before)} → ${f(after)}`;
  return table(
    [
      'N',
      'wall s, OG warm',
      'pages s, OG warm',
      'OG s, cold',
      'wall s, OG cold',
      'peak RSS warm',
      'peak RSS cold',
    ],
    rows.map((r) => {
      const b = r.baseline!;
      return [
        String(r.n),
        pair(b.warm.wallS, r.oursWarm.wallS, s),
        pair(b.warm.pagesS, r.oursWarm.pagesS, s),
        pair(b.cold.ogS, r.oursCold.ogS, s),
        pair(b.cold.wallS, r.oursCold.wallS, s),
        pair(b.warm.peakRss, r.oursWarm.peakRss, mb),
        pair(b.cold.peakRss, r.oursCold.peakRss, mb),
      ];
    }),
  );
}
