/**
 * `node scripts/search-index.ts [dist]`, the second step of `npm run build`: builds the
 * Pagefind search index of the built site with Pagefind's own command (the binary of the npm
 * package, version pinned exactly in package.json; it is the extended one, which segments
 * Chinese with jieba). One index per language, taken from <html lang>. Only content inside
 * data-pagefind-body is indexed, so header, footer and navigation are not, and pages
 * without it (untranslated fallbacks, lists, 404) are left out (src/lib/search/indexing.ts).
 *
 * The command rather than the package's Node API (which runs the same binary as a service):
 * at 2500 pages it took 4.6 s where the Node API took 5.9 s, and 0.1 GB less memory.
 * The index is written into .astro/pagefind/ and kept there between builds, so that only
 * changed files are compressed again, then placed in <dist>/pagefind/
 * (scripts/lib/search-index/cache.ts explains how stale and mistaken files are kept out).
 *
 * A step of its own, after `astro build` has exited, rather than an astro:build:done hook:
 * Pagefind needs about 0.9 GB for 2500 pages, and inside the hook that comes on top of the
 * 1.5 GB Astro still holds, which would take a large site's build over 2 GB.
 * Any error fails the build (exit 1).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCachedIndex } from './lib/search-index/cache.ts';

const outDir = resolve(process.argv[2] ?? 'dist');
/** The package's command wrapper: it picks the platform's binary, as the Node API does. */
const command = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');

function runPagefind(outputPath: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [command, '--site', outDir, '--output-path', outputPath], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => void (output = (output + chunk.toString('utf8')).slice(-4000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? done() : fail(new Error(`Pagefind stopped (exit ${code}):\n${output.trim()}`)),
    );
  });
}

const started = performance.now();
try {
  if (!existsSync(`${outDir}/index.html`))
    throw new Error(`${outDir}/index.html not found: run astro build first`);
  const { pages, files, reused } = await writeCachedIndex(
    runPagefind,
    resolve('.astro/pagefind'),
    outDir,
    console.warn,
  );
  const ms = Math.round(performance.now() - started);
  console.log(
    `search index: ${pages} pages in ${ms} ms (${files} files, ${reused} unchanged since the last build)`,
  );
} catch (error) {
  console.error(`search index: ${(error as Error).message}`);
  process.exitCode = 1;
}
