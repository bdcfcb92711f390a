/** docs/benchmarks.md: the machine, the tables of report.ts and how they were made (method.md). */
import type { Machine } from './machine.ts';
import { baselineTable, buildsTable, ratiosTable, sizesTable, type SizeResult } from './report.ts';

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
    ...(results.some((r) => r.baseline)
      ? [`## Before → after (baseline ${results[0]!.baseline?.rev})`, '', baselineTable(results), '']
      : []),
    '## What readers download',
    '',
    sizesTable(results),
    '',
    method.trim(),
    '',
  ].join('\n');
}
