/**
 * Driving the built /admin/ (Sveltia CMS) offline. The CMS's `test-repo` backend keeps its
 * files in the browser's origin-private file system (OPFS, folder sveltia-cms-test/): the
 * tests put copies of the content files there before the CMS starts, swap the served
 * config.json for one with that backend (everything else as generated), sign in with
 * “使用测试仓库” and read the saved files back from OPFS. Nothing reaches GitHub.
 * Field inputs are found by the CMS's own markup: a locale pane [data-locale] and the
 * field's [data-key-path] (title, sources.0.url).
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import type { CmsConfig } from '../../scripts/lib/cms/config.ts';
import { normalizeContentFile } from '../../scripts/lib/cms/normalize.ts';
import { CMS_CONFIG_FILE } from '../../scripts/lib/cms/config-file.ts';
import { collectContentFiles } from '../../src/lib/content/files.ts';

export const CMS_CONFIG = JSON.parse(readFileSync(CMS_CONFIG_FILE, 'utf8')) as CmsConfig;

/** The content files as the CMS reads and writes them (the canonical form, npm run content:normalize). */
export function contentFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const [path, text] of collectContentFiles('.')) {
    if (path.startsWith('content/_templates/') || !/\.(mdx|yaml)$/.test(path)) continue;
    files.set(path, normalizeContentFile(path, text, CMS_CONFIG));
  }
  return files;
}

/** Serve config.json with the offline test backend instead of GitHub; the rest as generated. */
export async function useTestBackend(page: Page): Promise<void> {
  const config = { ...CMS_CONFIG, backend: { name: 'test-repo' } };
  await page.route(/\/admin\/config\.json(\?.*)?$/, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(config) }),
  );
}

/** The test backend's folder in OPFS. */
const TEST_REPO = 'sveltia-cms-test';

/** Write `files` into an OPFS folder, by default the test backend's (any page of the origin will do). */
export async function seed(page: Page, files: Map<string, string>, folder = TEST_REPO): Promise<void> {
  await page.evaluate(
    async ([entries, folder]) => {
      const root = await navigator.storage.getDirectory();
      const base = await root.getDirectoryHandle(folder, { create: true });
      for (const [path, text] of entries) {
        let dir = base;
        const parts = path.split('/');
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    [[...files], folder] as const,
  );
}

/** A file as the test backend (or another OPFS folder) holds it now, or undefined. */
export function readSaved(page: Page, path: string, folder = TEST_REPO): Promise<string | undefined> {
  return page.evaluate(
    async ([path, folder]) => {
      try {
        let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder);
        const parts = path.split('/');
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
        return await (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
      } catch {
        return undefined;
      }
    },
    [path, folder] as const,
  );
}

/** Open /admin/ on the test backend with `files` in it and sign in; resolves on the collection list. */
export async function openCms(page: Page, origin: string, files: Map<string, string>): Promise<void> {
  await useTestBackend(page);
  await page.goto(`${origin}/robots.txt`); // any page of the origin, to reach its OPFS
  await seed(page, files);
  await page.goto(`${origin}/admin/`);
  await page.getByRole('button', { name: '使用测试仓库' }).click();
  await page.getByText('政策文件').first().waitFor(); // the first collection, in the list or the sidebar
}

/** The editing pane of one language. */
export const pane = (page: Page, locale: string) =>
  page.locator(`[data-locale="${locale}"][data-mode="edit"]`);

/** One field of a pane, by its key path (title, sources.0.url). */
export const field = (page: Page, locale: string, key: string) =>
  pane(page, locale).locator(`[data-key-path="${key}"]`);

/** Scroll until the CMS has rendered a field (it renders long forms as they scroll into view). */
export async function reveal(page: Page, locale: string, key: string): Promise<void> {
  const fields = pane(page, locale).locator('section.field');
  await fields.first().waitFor();
  for (let i = 0; i < 80 && !(await field(page, locale, key).count()); i++) {
    await fields.last().scrollIntoViewIfNeeded();
    await page.waitForTimeout(100);
  }
  await field(page, locale, key).scrollIntoViewIfNeeded();
}

/**
 * Type Chinese as an input method does: a run of compositions of the pinyin as it is typed
 * (CDP Input.imeSetComposition), then the chosen characters committed (Input.insertText),
 * into whatever has the focus. Each [pinyin, characters] pair is one candidate chosen.
 */
export async function typeWithIme(
  context: BrowserContext,
  page: Page,
  words: Array<[string, string]>,
): Promise<void> {
  const cdp = await context.newCDPSession(page);
  for (const [pinyin, characters] of words) {
    for (let i = 1; i <= pinyin.length; i++) {
      await cdp.send('Input.imeSetComposition', {
        text: pinyin.slice(0, i),
        selectionStart: i,
        selectionEnd: i,
      });
    }
    await cdp.send('Input.insertText', { text: characters });
  }
  await cdp.detach();
}

/** Save the entry and wait until the CMS has written it. */
export async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByText('条目已保存。').first().waitFor({ timeout: 30_000 });
}

/** The lines that differ between two texts of the same length in lines (index, before, after). */
export function changedLines(before: string, after: string): Array<[number, string, string]> {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length !== b.length) return [[-1, `${a.length} lines`, `${b.length} lines`]];
  return a.flatMap((line, i) => (line === b[i] ? [] : [[i, line, b[i]!] as [number, string, string]]));
}

/** Every file the test backend holds, by path (content/…). */
export function readAllSaved(page: Page, folder = TEST_REPO): Promise<Map<string, string>> {
  return page
    .evaluate(async (folder) => {
      const out: Array<[string, string]> = [];
      const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
        for await (const [name, handle] of (
          dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
        ).entries()) {
          if (handle.kind === 'directory')
            await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
          else
            out.push([`${prefix}${name}`, await (await (handle as FileSystemFileHandle).getFile()).text()]);
        }
      };
      await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(folder), '');
      return out;
    }, folder)
    .then((entries) => new Map(entries));
}
