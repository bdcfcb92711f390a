import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import type { FactsCache, FileFacts } from './file-facts.ts';

/**
 * The content check's per-file facts kept between builds (src/lib/content/file-facts.ts),
 * in .astro/cache/content-check.json. The file records a fingerprint of the checker itself:
 * every module the check runs (found by following relative imports from check.ts, so a rule
 * or list added anywhere in that graph is covered without editing a list here) and the lock
 * file (the versions of zod, yaml and the MDX parser). A change to any of them starts from
 * scratch. Deleting the file is always safe.
 */
const ENTRY_POINTS = ['src/lib/content/check.ts', 'src/lib/content/problems.ts'];
const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"?]+)['"]/g;

const cacheFile = (root: string) => join(root, '.astro', 'cache', 'content-check.json');

/** The project files the content check is made of, sorted: its module graph and the lock file. */
export function checkerFiles(root: string): string[] {
  const seen = new Set<string>();
  const queue = [...ENTRY_POINTS];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(join(root, file))) continue;
    seen.add(file);
    for (const [, spec] of readFileSync(join(root, file), 'utf8').matchAll(IMPORT)) queue.push(posix.normalize(posix.join(posix.dirname(file), spec!)));
  }
  return [...seen, 'package-lock.json'].sort();
}

function checkerFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const path of checkerFiles(root)) {
    const full = join(root, path);
    if (existsSync(full)) hash.update(path).update('\0').update(readFileSync(full)).update('\0');
  }
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
