/**
 * `node scripts/search-index.ts [dist]`, the second step of `npm run build`: builds the
 * Pagefind search index of the built site, with Pagefind's Node API (the exact version is
 * pinned in package.json; its npm binary is the extended one, which segments Chinese with
 * jieba). One index per language, taken from <html lang>. Only content inside
 * data-pagefind-body is indexed, so header, footer and navigation are not, and pages
 * without it (untranslated fallbacks, lists, 404) are left out (src/lib/search/indexing.ts).
 *
 * The index is written into .astro/pagefind/ and kept there between builds, so that only
 * changed files are compressed again, then placed in <dist>/pagefind/
 * (src/lib/search/index-cache.ts explains how stale and mistaken files are kept out).
 *
 * A step of its own, after `astro build` has exited, rather than an astro:build:done hook:
 * Pagefind needs about 0.9 GB for 2500 pages, and inside the hook that comes on top of the
 * 1.5 GB Astro still holds, which would take a large site's build over 2 GB.
 * Any error fails the build (exit 1), and the Pagefind service is always closed.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { writeCachedIndex } from '../src/lib/search/index-cache.ts';

const outDir = resolve(process.argv[2] ?? 'dist');
const started = performance.now();
try {
  if (!existsSync(`${outDir}/index.html`)) throw new Error(`${outDir}/index.html not found: run astro build first`);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
  const write = async (outputPath: string) => {
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  };
  const { files, reused } = await writeCachedIndex(write, resolve('.astro/pagefind'), outDir, console.warn);
  const ms = Math.round(performance.now() - started);
  console.log(`search index: ${added.page_count} pages in ${ms} ms (${files} files, ${reused} unchanged since the last build)`);
} catch (error) {
  console.error(`search index: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await pagefind.close();
}
