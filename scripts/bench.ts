/**
 * `npm run bench [-- --sizes 250,1000,2500] [--repeat 2] [--baseline <rev>] [--keep] [--no-write]`:
 * how the build scales. For each N it makes a synthetic site of N pages
 * (scripts/bench/corpus.ts) in a temporary folder, builds it cold (no OG cache), warm and
 * after changing one title, builds a bare Astro + MDX site over the same content as the
 * floor, and with --baseline also the same site with the code of an earlier git revision
 * (scripts/bench/measure-size.ts). Prints the tables of scripts/bench/report.ts and writes
 * them to docs/benchmarks.md. --repeat runs every warm build that many times and keeps the
 * fastest. Timings are noisy when other work runs: compare ratios from one run.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { buildCorpus } from './bench/corpus.ts';
import { describeMachine } from './bench/machine.ts';
import { measureSize, type BenchContext } from './bench/measure-size.ts';
import { readRealContent } from './bench/real-content.ts';
import { markdownReport } from './bench/report-markdown.ts';
import { baselineTable, buildsTable, ratiosTable, sizesTable, type SizeResult } from './bench/report.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (option('--sizes') ?? '250,1000,2500').split(',').map(Number);
const ctx: BenchContext = {
  root,
  work: mkdtempSync(join(tmpdir(), 'zz-bench-')),
  log: (line) => console.log(line),
  baseline: option('--baseline'),
  repeat: Number(option('--repeat') ?? 1),
  keep: args.includes('--keep'),
};

const real = readRealContent(join(root, 'content'));
const departments = (parse(readFileSync(join(root, 'content/departments.yaml'), 'utf8')) as unknown[]).length;
const machine = describeMachine(root);
ctx.log(
  `bench: sizes ${sizes.join(', ')}; ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}; working in ${ctx.work}`,
);

const results: SizeResult[] = [];
try {
  for (const n of sizes) results.push(await measureSize(ctx, n, buildCorpus(real, n, departments)));
} finally {
  if (ctx.keep) ctx.log(`kept ${ctx.work}`);
  else rmSync(ctx.work, { recursive: true, force: true });
}

ctx.log(
  [
    '',
    ratiosTable(results),
    '',
    buildsTable(results),
    '',
    baselineTable(results),
    '',
    sizesTable(results),
  ].join('\n'),
);
if (!args.includes('--no-write')) {
  const method = readFileSync(join(root, 'scripts/bench/method.md'), 'utf8');
  mkdirSync(join(root, 'docs'), { recursive: true });
  writeFileSync(join(root, 'docs/benchmarks.md'), markdownReport(machine, results, method));
  ctx.log('\nwritten to docs/benchmarks.md');
}
