import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkerFiles, loadFactsCache, saveFactsCache } from '../../src/lib/content/cache.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import type { FactsCache } from '../../src/lib/content/file-facts.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { valid } from '../helpers/content-fixture.ts';

/** The content check remembers what each unchanged file says between builds. */
const emptyCache = (): FactsCache => ({ previous: new Map(), next: new Map() });
const SITE = 'content/sites/zh-cn/a-site.mdx';

describe('content check cache', () => {
  it('finds the same problems with a cold cache, a warm cache and none', () => {
    const files = valid();
    files.set(SITE, files.get(SITE)!.replace('place: xinzheng', 'place: nowhere').replace('正文', '<script>x</script>'));
    const plain = checkContent(files).map(formatProblem);
    expect(plain.length).toBeGreaterThanOrEqual(2);
    const first = emptyCache();
    expect(checkContent(files, first).map(formatProblem)).toEqual(plain);
    const second = { previous: first.next, next: new Map() };
    expect(checkContent(files, second).map(formatProblem)).toEqual(plain);
    // Line numbers of problems found from cached facts still point at the field.
    expect(plain.find((p) => p.includes('place'))).toMatch(/a-site\.mdx:4\b/);
  });

  it('reuses facts of unchanged files and reads changed ones again', () => {
    const files = valid();
    const first = emptyCache();
    checkContent(files, first);
    // Plant a body problem in the cached facts of the site: it is reported while the file is unchanged …
    const [key, facts] = [...first.next].find(([, f]) => (f.data as { title?: string }).title === '旧址甲')!;
    const planted = { ...facts, body: [{ file: SITE, field: '', zh: '缓存', en: 'from the cache', fixZh: '', fixEn: '' }] };
    const previous = new Map(first.next).set(key, planted);
    expect(checkContent(files, { previous, next: new Map() }).map(formatProblem).join('\n')).toMatch(/from the cache/);
    // … and gone once the file changes.
    files.set(SITE, files.get(SITE)!.replace('正文', '新的正文'));
    expect(checkContent(files, { previous, next: new Map() })).toEqual([]);
  });

  /** A copy of src/ and the lock file with a warm cache, to change one file of the checker in. */
  function warmCopy() {
    const root = mkdtempSync(join(tmpdir(), 'zz-check-cache-'));
    cpSync('src', join(root, 'src'), { recursive: true });
    cpSync('package-lock.json', join(root, 'package-lock.json'));
    const cache = loadFactsCache(root);
    checkContent(valid(), cache);
    saveFactsCache(root, cache);
    expect(loadFactsCache(root).previous.size).toBe(cache.next.size);
    return root;
  }

  it.each([
    ['a schema', 'src/schemas/sites.ts'],
    ['the list of editor components and their attributes', 'src/lib/content/mdx/components.ts'],
    ['a safe-MDX rule', 'src/lib/content/mdx/rules.ts'],
    ['the collection registry', 'src/collections.ts'],
    ['the lock file', 'package-lock.json'],
  ])('starts from scratch when %s changes', (_what, file) => {
    const root = warmCopy();
    try {
      writeFileSync(join(root, file), '\n', { flag: 'a' });
      expect(loadFactsCache(root).previous.size).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('keeps the cache when a file outside the checker changes', () => {
    const root = warmCopy();
    try {
      writeFileSync(join(root, 'src/lib/og/card.ts'), '\n', { flag: 'a' });
      expect(loadFactsCache(root).previous.size).toBeGreaterThan(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('fingerprints every module the check imports, found by following its imports', () => {
    const files = checkerFiles('.');
    for (const f of ['src/lib/content/check.ts', 'src/lib/content/mdx/components.ts', 'src/schemas/common.ts', 'src/collections.ts'])
      expect(files).toContain(f);
    expect(files.some((f) => f.startsWith('src/lib/og/') || f.startsWith('src/components/'))).toBe(false);
  });
});
