import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { filesUnder } from '../../../src/lib/build/files.ts';
import { writeCachedIndex } from '../../../scripts/lib/search-index/cache.ts';
import { listIndexFiles, readKey } from '../../../scripts/lib/search-index/files.ts';

// The search index kept between builds (.astro/pagefind) must publish exactly what a fresh
// Pagefind run would: same files, same bytes, nothing stale, even when a reused file has the
// name a new one should get. Real Pagefind runs on a small site in a temporary folder.

let root: string;
const site = () => join(root, 'dist');
const cache = () => join(root, 'cache');

function page(path: string, lang: string, title: string, text: string) {
  const file = join(site(), path, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main data-pagefind-body data-pagefind-filter="type:site"><h1>${title}</h1><p>${text}</p></main></body></html>`,
  );
}

async function indexOf(dir: string) {
  const { index } = await pagefind.createIndex({});
  await index!.addDirectory({ path: dir });
  return index!;
}

/** Our build step: index the site, write through the cache, place in dist/pagefind. */
async function build() {
  const warnings: string[] = [];
  const index = await indexOf(site());
  const result = await writeCachedIndex(
    async (outputPath) => void (await index.writeFiles({ outputPath })),
    cache(),
    site(),
    (m) => warnings.push(m),
  );
  await index.deleteIndex();
  return { ...result, warnings };
}

/** What Pagefind writes into an empty folder for the same site. */
async function fresh(): Promise<string> {
  const out = join(root, `fresh-${Math.random().toString(36).slice(2)}`);
  const index = await indexOf(site());
  await index.writeFiles({ outputPath: out });
  await index.deleteIndex();
  return out;
}

function files(dir: string): Map<string, Buffer> {
  return new Map(filesUnder(dir).map((path) => [path, readFileSync(join(dir, path))]));
}

async function expectSameAsFresh() {
  const expected = files(await fresh());
  const published = files(join(site(), 'pagefind'));
  expect([...published.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [path, bytes] of expected) expect(published.get(path)?.equals(bytes), path).toBe(true);
  // The kept folder holds nothing more than what is published.
  expect([...files(join(cache(), 'files')).keys()].sort()).toEqual([...expected.keys()].sort());
}

const fragmentOf = (dir: string, url: string) =>
  listIndexFiles(dir).files.find((f) => f.kind === 'fragment' && readKey(dir, f) === url)!.path;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'zz-search-cache-'));
  page('sites/a', 'zh-CN', '二七纪念塔', '二七纪念塔位于郑州市二七广场。');
  page('sites/b', 'zh-CN', '新郑大枣', '新郑大枣是新郑市的特产。');
  page('en/sites/a', 'en', 'Erqi Memorial Tower', 'The tower stands on Erqi Square in Zhengzhou.');
  page('en/sites/b', 'en', 'Xinzheng jujubes', 'Jujubes are a speciality of Xinzheng.');
});
afterAll(() => pagefind.close());

describe('search index kept between builds', () => {
  it('publishes what a fresh run would, and reuses every file when nothing changed', async () => {
    const first = await build();
    expect(first.reused).toBe(0);
    await expectSameAsFresh();
    const second = await build();
    expect(second.reused).toBeGreaterThan(4);
    expect(second.warnings).toEqual([]);
    await expectSameAsFresh();
  });

  it('removes the files of a changed or deleted page', async () => {
    await build();
    const oldFragment = fragmentOf(join(cache(), 'files'), '/sites/b/');
    page('sites/a', 'zh-CN', '二七纪念塔', '二七纪念塔于1971年落成。');
    rmSync(join(site(), 'sites/b'), { recursive: true });
    await build();
    await expectSameAsFresh();
    expect(existsSync(join(cache(), 'files', oldFragment))).toBe(false);
    const published = [...files(join(site(), 'pagefind')).keys()].filter((p) => p.startsWith('fragment/'));
    const texts = published.map((p) => readKey(join(site(), 'pagefind'), { path: p, kind: 'fragment' }));
    expect(texts.sort()).toEqual(['/en/sites/a/', '/en/sites/b/', '/sites/a/']);
  });

  it('notices an old file under the name a new one should get, and writes the index again', async () => {
    await build();
    const kept = join(cache(), 'files');
    const otherPage = readFileSync(join(kept, fragmentOf(kept, '/sites/b/')));
    page('sites/a', 'zh-CN', '二七纪念塔', '二七纪念塔于1971年落成。');
    const newName = fragmentOf(await fresh(), '/sites/a/');
    writeFileSync(join(kept, newName), otherPage); // as if page b's old text had the same short hash
    const result = await build();
    expect(result.warnings.join('\n')).toMatch(/both for \/sites\/b\/.*writing the whole index again/);
    await expectSameAsFresh();
  });

  it('notices an index chunk that is not where the index expects it', async () => {
    await build();
    const kept = join(cache(), 'files');
    const chunks = listIndexFiles(kept).files.filter((f) => f.kind === 'chunk');
    page('en/sites/b', 'en', 'Xinzheng jujubes', 'Zucchini and yams grow in Xinzheng too.');
    const out = await fresh();
    const added = listIndexFiles(out).files.find(
      (f) => f.kind === 'chunk' && !chunks.some((c) => c.path === f.path) && f.path.includes('en_'),
    )!;
    const wrong = chunks.find((c) => c.path.includes('zh-cn_'))!;
    cpSync(join(kept, wrong.path), join(kept, added.path));
    const result = await build();
    expect(result.warnings.join('\n')).toMatch(/where the index expects/);
    await expectSameAsFresh();
  });

  it('starts from an empty folder after a run that did not finish', async () => {
    await build();
    const kept = join(cache(), 'files');
    const [fragment] = listIndexFiles(kept).files;
    writeFileSync(join(kept, fragment!.path), 'half-written');
    rmSync(join(cache(), 'manifest.json')); // what an interrupted run leaves
    const result = await build();
    expect(result.reused).toBe(0);
    expect(result.warnings).toEqual([]);
    await expectSameAsFresh();
    expect(statSync(join(site(), 'pagefind', fragment!.path)).size).toBeGreaterThan(20);
  });
});
