/**
 * The CMS's documented “work with a local repository” mode (offered on 127.0.0.1 and
 * localhost): with the deployed GitHub configuration, a maintainer opens /admin/ from
 * `npm run preview`, picks their clone, and saves straight into its files. The folder picker
 * is stubbed to hand over an OPFS folder that holds a `.git` entry and the content files.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, newContext, newPage, startServer, type StaticServer } from './harness.ts';
import { changedLines, contentFiles, field, readSaved, reveal, save, seed } from './cms.ts';
import { assertDist } from './site-pages.ts';

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
beforeAll(async () => {
  assertDist();
  browser = await launchBrowser();
  server = await startServer();
  context = await newContext(browser, { ...DESKTOP, viewport: { width: 1400, height: 1000 } });
  await context.addInitScript(() => {
    (
      window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }
    ).showDirectoryPicker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle('clone');
  });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('the local-repository mode', () => {
  it('saves an edit into the chosen clone’s files', async () => {
    const files = contentFiles();
    const path = 'content/places/zh-cn/dengfeng.mdx';
    const t = await newPage(context, server.origin);
    const { page } = t;
    await page.goto(server.url('/robots.txt'));
    await seed(page, new Map([['.git/HEAD', 'ref: refs/heads/main\n'], ...files]), 'clone');
    await page.goto(server.url('/admin/'));
    await page.getByRole('button', { name: '使用本地仓库' }).click();
    await page.getByText('政策文件').first().waitFor();
    await page.goto(server.url('/admin/#/collections/places/entries/dengfeng'));
    await reveal(page, 'zh-cn', 'description');
    const description = field(page, 'zh-cn', 'description').locator('textarea');
    await description.click();
    await description.press('End');
    await page.keyboard.type('（本地）');
    await save(page);

    const saved = (await readSaved(page, path, 'clone'))!;
    expect(changedLines(files.get(path)!, saved)).toEqual([
      [expect.any(Number), expect.stringMatching(/^description: /), expect.stringMatching(/（本地）$/)],
    ]);
    // Nothing left the machine but the GitHub status check the harness aborts.
    expect(t.problems.externalRequests.filter((r) => !r.includes('www.githubstatus.com'))).toEqual([]);
  });
});
