import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FactsCache, FileFacts } from './file-facts.ts';

/**
 * The content check's per-file facts kept between builds (src/lib/content/file-facts.ts),
 * in .astro/cache/content-check.json. The file records a fingerprint of the checker itself
 * (its code, the schemas, the safe-MDX rules and the lock file), so a change to any of them
 * starts from scratch. Deleting the file is always safe.
 */
const CHECKER = ['src/lib/content', 'src/schemas', 'src/lib/content/mdx/rules.ts', 'src/lib/content/mdx/messages.ts', 'package-lock.json'];

const cacheFile = (root: string) => join(root, '.astro', 'cache', 'content-check.json');

function checkerFingerprint(root: string): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    const full = join(root, path);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) add(`${path}/${name}`);
      return;
    }
    hash.update(path).update('\0').update(readFileSync(full)).update('\0');
  };
  for (const path of CHECKER) add(path);
  return hash.digest('base64url');
}

export function loadFactsCache(root: string): FactsCache & { fingerprint: string } {
  const fingerprint = checkerFingerprint(root);
  let previous = new Map<string, FileFacts>();
  try {
    const saved = JSON.parse(readFileSync(cacheFile(root), 'utf8')) as { fingerprint: string; facts: Array<[string, FileFacts]> };
    if (saved.fingerprint === fingerprint) previous = new Map(saved.facts);
  } catch {
    /* no cache yet, or unreadable: check every file */
  }
  return { fingerprint, previous, next: new Map() };
}

export function saveFactsCache(root: string, cache: FactsCache & { fingerprint: string }): void {
  const file = cacheFile(root);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ fingerprint: cache.fingerprint, facts: [...cache.next] }));
}
