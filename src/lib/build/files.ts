import {
  constants,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * The hand-off between routes that make many files and the build-files integration: in a
 * build, a route's getStaticPaths writes its files somewhere under .astro/ (the Open Graph
 * images into their cache, the citation downloads into .astro/cite-files/) and lists here
 * where each one goes in dist/; after Astro has written the pages, the integration links
 * (or copies) them into dist/ (src/integrations/place-staged-files.ts). That is much cheaper than
 * letting Astro render one route per file: each route costs about a millisecond or more,
 * and the site has three such files per page.
 */
export interface BuildFile {
  /** Path under dist/, e.g. og/en/policy/measures/12.png. */
  out: string;
  /** The file to put there. */
  file: string;
}

/** The lists of one build, one JSON file per kind of file (og, cite). */
const listFolder = (root: string) => join(root, '.astro', 'build-files');
const listFile = (root: string, kind: string) => join(listFolder(root), `${kind}.json`);

export function writeBuildFiles(root: string, kind: string, entries: BuildFile[]): void {
  const file = listFile(root, kind);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(entries));
}

/** Forget the list of an earlier build (SKIP_OG=1 builds no images). */
export function clearBuildFiles(root: string, kind: string): void {
  rmSync(listFile(root, kind), { force: true });
}

/** Read every list and remove them, so each is used by exactly one build. */
export function takeBuildFiles(root: string): Map<string, BuildFile[]> {
  const lists = new Map<string, BuildFile[]>();
  const folder = listFolder(root);
  if (!existsSync(folder)) return lists;
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.json'))) {
    lists.set(
      name.slice(0, -'.json'.length),
      JSON.parse(readFileSync(join(folder, name), 'utf8')) as BuildFile[],
    );
  }
  rmSync(folder, { recursive: true, force: true });
  return lists;
}

/** `mkdir -p` for the folder of each file, remembering what it made (thousands of files share few folders). */
export function folderMaker(): (file: string) => void {
  const made = new Set<string>();
  return (file) => {
    const folder = dirname(file);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
  };
}

/**
 * A hard link where the file system allows one (instant, no extra space), else a copy. Only
 * for files that are never rewritten in place: a later write would change the linked copy too.
 */
export function placeFile(file: string, target: string): void {
  try {
    linkSync(file, target);
  } catch {
    copyFileSync(file, target, constants.COPYFILE_FICLONE);
  }
}

/** Every file under `dir`, as paths relative to it (none if it does not exist). */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => relative(dir, join(f.parentPath, f.name)));
}

/** Delete every file under `dir` whose relative path is not in `keep` (a kept folder's stale files); returns how many. */
export function pruneFolder(dir: string, keep: Set<string>): number {
  let removed = 0;
  for (const path of filesUnder(dir)) {
    if (keep.has(path)) continue;
    unlinkSync(join(dir, path));
    removed++;
  }
  return removed;
}
