import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder, folderMaker, placeFile, pruneFolder } from '../../../src/lib/build/files.ts';
import { type IndexFile, isBuiltPage, listIndexFiles, readKey } from './files.ts';

/**
 * Keeps the search index's files between builds (in .astro/pagefind/files/) so that Pagefind
 * compresses only what changed: it gzips every data file at its highest level, which is most
 * of its time, and skips a file whose name (a hash of its content) already exists. At 2500
 * pages the step takes about 5 s instead of 8.5 s when little has changed.
 *
 * Kept files are made safe to publish in three ways:
 * - Stale files are removed after every run: whatever the new index does not refer to
 *   (scripts/lib/search-index/files.ts), so a deleted page's text does not stay online.
 * - A reused file must be the one the index means. The names are short hashes, so a changed
 *   file could in rare cases get the name of an old one with other content (Pagefind notes
 *   this itself) and Pagefind would keep the old file. Each reused file's url (fragment),
 *   first word (index chunk) or name (filter) is checked against the new index: no two
 *   fragments for one page, only pages that exist, chunks where the index expects them. If a
 *   check fails the whole index is written again from scratch.
 * - manifest.json (those keys, by file) is written only after a complete run; without it
 *   the folder is emptied first, so a run that stopped halfway never leaves half-written
 *   files to be reused. After a Pagefind upgrade every key is read from its file again.
 * Then the files are placed in dist/pagefind: data files as hard links, the rest copied
 * (Pagefind rewrites those in place).
 */
interface Manifest {
  version: string;
  keys: Record<string, string>;
}

export interface IndexWrite {
  /** Pages in the index, all languages. */
  pages: number;
  /** Files in dist/pagefind. */
  files: number;
  /** Data files taken over from the previous build. */
  reused: number;
}

export async function writeCachedIndex(
  write: (outputPath: string) => Promise<void>,
  cacheDir: string,
  outDir: string,
  warn: (message: string) => void,
): Promise<IndexWrite> {
  const filesDir = join(cacheDir, 'files');
  let manifest = takeManifest(cacheDir, filesDir);
  for (let attempt = 1; ; attempt++) {
    const before = new Set(filesUnder(filesDir));
    await write(filesDir);
    const checked = inspect(
      filesDir,
      outDir,
      (path) => (before.has(path) ? manifest?.keys[path] : undefined),
      manifest?.version,
    );
    if (typeof checked === 'string') {
      if (attempt > 1) throw new Error(checked);
      warn(`search index: ${checked}; writing the whole index again`);
      rmSync(filesDir, { recursive: true, force: true });
      manifest = undefined;
      continue;
    }
    const { listing, keys } = checked;
    const live = new Set([...listing.fixed, ...listing.files.map((f) => f.path)]);
    pruneFolder(filesDir, live);
    writeFileSync(
      join(cacheDir, 'manifest.json'),
      JSON.stringify({ version: listing.version, keys } satisfies Manifest),
    );
    placeIndex(filesDir, join(outDir, 'pagefind'), listing.fixed, listing.files);
    return {
      pages: listing.pages,
      files: live.size,
      reused: listing.files.filter((f) => before.has(f.path)).length,
    };
  }
}

/** The index just written and the key of each data file, or what is wrong with it (an unreadable kept file included). */
function inspect(
  dir: string,
  outDir: string,
  known: (path: string) => string | undefined,
  knownVersion?: string,
) {
  try {
    const listing = listIndexFiles(dir);
    const keys = checkFiles(
      dir,
      outDir,
      listing.files,
      listing.version === knownVersion ? known : () => undefined,
    );
    return typeof keys === 'string' ? keys : { listing, keys };
  } catch (error) {
    return (error as Error).message;
  }
}

/** The previous run's manifest, removed until this run completes; no manifest: start from an empty folder. */
function takeManifest(cacheDir: string, filesDir: string): Manifest | undefined {
  const file = join(cacheDir, 'manifest.json');
  if (!existsSync(file)) {
    rmSync(filesDir, { recursive: true, force: true });
    return undefined;
  }
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  rmSync(file);
  return manifest;
}

/** The keys of every data file, or what is wrong. `known` gives a reused file's key from the last manifest. */
export function checkFiles(
  dir: string,
  outDir: string,
  files: IndexFile[],
  known: (path: string) => string | undefined,
): Record<string, string> | string {
  const keys: Record<string, string> = {};
  const pages = new Map<string, string>();
  for (const file of files) {
    const key = known(file.path) ?? readKey(dir, file);
    keys[file.path] = key;
    if (file.kind === 'fragment') {
      if (pages.has(key)) return `${file.path} and ${pages.get(key)} are both for ${key}`;
      if (!isBuiltPage(outDir, key)) return `${file.path} is for ${key}, which is not a built page`;
      pages.set(key, file.path);
    } else if (file.kind === 'chunk' ? !key.startsWith(file.expect) : key !== file.expect) {
      return `${file.path} starts with “${key}” where the index expects “${file.expect}”`;
    }
  }
  return keys;
}

function placeIndex(filesDir: string, target: string, fixed: string[], files: IndexFile[]): void {
  rmSync(target, { recursive: true, force: true });
  const ensureFolder = folderMaker();
  for (const path of fixed) {
    ensureFolder(join(target, path));
    copyFileSync(join(filesDir, path), join(target, path));
  }
  for (const { path } of files) {
    ensureFolder(join(target, path));
    placeFile(join(filesDir, path), join(target, path));
  }
}
