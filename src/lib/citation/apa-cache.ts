import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { apaEntry, type ApaEntry } from './citation-js.ts';
import type { CslItem } from './csl-json.ts';

/**
 * APA entries kept on disk between builds, as Open Graph images are (og/render.ts):
 * citeproc-js takes 1–4 ms per entry, and every page has its own entry, so at 1000 pages
 * it was the largest single cost of a warm build. Each entry is stored under a hash of the
 * item and the versions of citation-js, its CSL plugin and citeproc-js (the style ships
 * with the plugin), so upgrading any of them renders everything again. A folder that
 * cannot be written only means no cache. Entries no build uses stay until `.astro/` is
 * cleared: a few hundred bytes each.
 */
export interface ApaCacheOptions {
  /** Folder of cached entries, e.g. .astro/apa-cache. */
  dir: string;
  /** What decides the rendering besides the item: the libraries' versions. */
  versions: string;
}

const LIBRARIES = ['@citation-js/core', '@citation-js/plugin-csl', 'citeproc'];

/** The installed versions of the libraries that render APA, read from node_modules under `root`. */
export function rendererVersions(root = process.cwd()): string {
  return LIBRARIES.map((name) => {
    const manifest = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    };
    return `${name}@${manifest.version}`;
  }).join(' ');
}

/** One APA entry: from the disk cache, or rendered by citation-js and then cached. */
export function cachedApaEntry(item: CslItem, options: ApaCacheOptions = defaultOptions()): ApaEntry {
  const key = createHash('sha256')
    .update(JSON.stringify({ v: options.versions, item }))
    .digest('hex');
  const file = join(options.dir, `${key.slice(0, 32)}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as ApaEntry;
  const entry = apaEntry(item);
  try {
    mkdirSync(options.dir, { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(entry));
    renameSync(`${file}.tmp`, file);
  } catch {
    // A read-only checkout still builds; it renders every entry.
  }
  return entry;
}

let defaults: ApaCacheOptions | undefined;
const defaultOptions = () =>
  (defaults ??= { dir: join(process.cwd(), '.astro', 'apa-cache'), versions: rendererVersions() });
