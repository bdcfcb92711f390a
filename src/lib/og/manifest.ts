import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The hand-off between the image route and the og-images integration: in a build, the
 * route renders (or finds in the cache) every image and lists here where each one goes in
 * dist/ and which cache file holds it; after Astro has written the pages, the integration
 * copies the files (src/integrations/og-images.ts). Copying is much cheaper than letting
 * Astro write one route per image (each route costs a few milliseconds).
 */
export interface OgManifestEntry {
  /** Path under dist/, e.g. og/en/policy/measures/12.png. */
  out: string;
  /** The PNG in the cache. */
  file: string;
}

const manifestFile = (root: string) => join(root, '.astro', 'og-images.json');

export function writeOgManifest(root: string, entries: OgManifestEntry[]): void {
  const file = manifestFile(root);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(entries));
}

/** Forget any list of an earlier build (SKIP_OG=1 builds no images). */
export function clearOgManifest(root: string): void {
  rmSync(manifestFile(root), { force: true });
}

/** Read the list and remove it, so it is used by exactly one build; undefined when there is none. */
export function takeOgManifest(root: string): OgManifestEntry[] | undefined {
  const file = manifestFile(root);
  if (!existsSync(file)) return undefined;
  const entries = JSON.parse(readFileSync(file, 'utf8')) as OgManifestEntry[];
  rmSync(file, { force: true });
  return entries;
}
