/**
 * `npm run weight`: the gzip weight of every page of dist/ (HTML + CSS + JS, no images)
 * against the budget (60 KB home, 45 KB any other page), and every script against the
 * list of features that need JavaScript. Exit code 1 on any breach.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages } from '../tests/helpers/dist.ts';
import { BUDGET, weigh } from './lib/page-weight.ts';

const read = (url: string) =>
  existsSync(join('dist', url)) ? readFileSync(join('dist', url), 'utf8') : undefined;
const results = htmlPages().map((p) => weigh(p.urlPath, readFileSync(p.file, 'utf8'), read));
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
const heaviest = [...results].sort((a, b) => b.total - a.total).slice(0, 8);
console.log(
  `page weight (gzip, HTML+CSS+JS), budget ${kb(BUDGET.home)} home / ${kb(BUDGET.other)} other pages`,
);
for (const r of heaviest)
  console.log(
    `  ${r.page.padEnd(48)} ${kb(r.total).padStart(9)}  (html ${kb(r.html)}, css ${kb(r.css)}, js ${kb(r.js)})`,
  );
const over = results.filter((r) => r.overBudget);
const unknown = results.filter((r) => r.unknownScripts.length);
for (const r of over) console.error(`over budget: ${r.page} ${kb(r.total)}`);
for (const r of unknown)
  console.error(`script not tied to a feature on ${r.page}: ${r.unknownScripts.join(', ')}`);
console.log(
  `${results.length} pages, ${over.length} over budget, ${unknown.length} with unexplained scripts`,
);
process.exit(over.length || unknown.length ? 1 : 0);
