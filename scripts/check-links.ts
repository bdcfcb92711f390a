/**
 * `npm run links` (after `npm run build`): checks every internal link and #anchor in dist/
 * and links between the languages (scripts/lib/links.ts), then lists external links without
 * fetching them (`--external` prints them all). The site origin is SITE_URL, else the
 * canonical link of dist/index.html; BASE_PATH the path the site is served under. Exit code 1
 * when a problem is found.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeBase } from '../src/lib/routing/base.ts';
import { checkLinks, readBuiltSite } from './lib/links.ts';

const dist = process.argv.find((a, i) => i > 1 && !a.startsWith('--')) ?? 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error(
    `没有找到 ${dist}/index.html：请先运行 npm run build / ${dist}/index.html not found: run npm run build first`,
  );
  process.exit(1);
}
const { files, pages } = readBuiltSite(dist);
const canonical = /<link rel="canonical" href="([^"]+)"/.exec(
  readFileSync(join(dist, 'index.html'), 'utf8'),
)?.[1];
const origin = new URL(process.env.SITE_URL || canonical || 'http://localhost:4321').origin;

const { problems, external } = checkLinks(pages, files, origin, normalizeBase(process.env.BASE_PATH));
for (const p of problems) console.error(`${p.page}  ${p.href}  ${p.zh} / ${p.en}  → ${p.fixZh} / ${p.fixEn}`);
console.log(`外部链接 ${external.size} 个（未访问） / ${external.size} external links (not fetched)`);
if (process.argv.includes('--external'))
  for (const [url, from] of [...external].sort()) console.log(`  ${url}  ← ${from.length} 页 pages`);
if (problems.length) {
  console.error(
    `链接检查发现 ${problems.length} 个问题 / Link check found ${problems.length} problem(s) in ${pages.length} pages`,
  );
  process.exit(1);
}
console.log(`链接检查通过：${pages.length} 个页面 / Link check passed: ${pages.length} pages`);
