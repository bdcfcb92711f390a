/**
 * Editing existing content in the CMS changes only what the editor changed, because the
 * files are in the form the CMS writes (scripts/lib/cms/normalize.ts, npm run
 * content:normalize): one translatable Chinese field changes one line of the Chinese file
 * and nothing in the English one; text typed (through an input method) into a paragraph
 * with inline <Pinyin> components changes the body by exactly that text; one department's
 * English name in the YAML list changes one line, and the content check still passes.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblems } from '../../src/lib/content/problems.ts';
import { DESKTOP, launchBrowser, newContext, newPage, startServer, type StaticServer } from './harness.ts';
import {
  changedLines,
  contentFiles,
  field,
  openCms,
  readAllSaved,
  readSaved,
  reveal,
  save,
  typeWithIme,
} from './cms.ts';
import { assertDist } from './site-pages.ts';
import { MDX_COLLECTIONS } from '../../src/collections.ts';

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
const files = contentFiles();
beforeAll(async () => {
  assertDist();
  browser = await launchBrowser();
  server = await startServer();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(async () => await context?.close());

async function openEntry(hash: string): Promise<Page> {
  context = await newContext(browser, { ...DESKTOP, viewport: { width: 1400, height: 1000 } });
  const { page } = await newPage(context, server.origin);
  await openCms(page, server.origin, files);
  await page.goto(server.url(`/admin/#/collections/${hash}`));
  return page;
}

describe('editing in the CMS', () => {
  it('changes one line of the Chinese file and nothing in the English one when one Chinese field changes', async () => {
    const zhPath = 'content/sites/zh-cn/baishiya-rear-hospital.mdx';
    const enPath = 'content/sites/en/baishiya-rear-hospital.mdx';
    const page = await openEntry('sites/entries/baishiya-rear-hospital');
    await reveal(page, 'zh-cn', 'address');
    const address = field(page, 'zh-cn', 'address').locator('input');
    await address.click();
    await address.press('End');
    await typeWithIme(context, page, [['nanpo', '南坡']]);
    await save(page);

    const zh = (await readSaved(page, zhPath))!;
    expect(changedLines(files.get(zhPath)!, zh)).toEqual([
      [expect.any(Number), expect.stringMatching(/^address: /), expect.stringMatching(/^address: .*南坡$/)],
    ]);
    expect(await readSaved(page, enPath)).toBe(files.get(enPath));
  });

  it('changes a body by exactly the text typed into a paragraph around inline <Pinyin> components', async () => {
    const zhPath = 'content/sites/zh-cn/xingsi-government-site.mdx';
    const enPath = 'content/sites/en/xingsi-government-site.mdx';
    const before = files.get(zhPath)!;
    expect(before.match(/<Pinyin /g)).toHaveLength(2);
    const page = await openEntry('sites/entries/xingsi-government-site');
    await reveal(page, 'zh-cn', 'body');
    const editor = field(page, 'zh-cn', 'body').locator('[contenteditable="true"]').first();
    // Both components show as chips, not as raw tags.
    await expect.poll(() => editor.innerText()).not.toContain('<Pinyin');
    await editor.click();
    // The caret after “市境内，”, between the second <Pinyin> and the rest of the sentence.
    const placed = await editor.evaluate((root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.textContent?.startsWith('市境内，')) {
          const range = document.createRange();
          range.setStart(node, '市境内，'.length);
          range.collapse(true);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
          return true;
        }
      }
      return false;
    });
    expect(placed).toBe(true);
    await page.waitForTimeout(200); // the editor takes up the new selection
    await typeWithIme(context, page, [
      ['xianyou', '现有'],
      ['jianjie', '简介'],
      [',', '，'],
    ]);
    await save(page);

    const after = (await readSaved(page, zhPath))!;
    expect(after).not.toBe(before);
    expect(after.replace('现有简介，', '')).toBe(before);
    expect(after).toContain('<Pinyin zh="荥阳" py="Xíngyáng" />市境内，现有简介，已列入');
    expect(after.match(/<Pinyin [^>]*\/>/g)).toEqual(before.match(/<Pinyin [^>]*\/>/g));
    expect(await readSaved(page, enPath)).toBe(files.get(enPath));
  });

  // One entry of every collection with a title: its Chinese title gains a character, nothing else moves.
  const titled = MDX_COLLECTIONS.filter((c) => c !== 'explainers'); // an explainer has no text field but its body
  it.each(titled)('changes only the title line when the title of a %s entry changes', async (collection) => {
    const zhPath = [...files.keys()].filter((p) => p.startsWith(`content/${collection}/zh-cn/`)).sort()[0]!;
    const slug = zhPath
      .split('/')
      .at(-1)!
      .replace(/\.mdx$/, '');
    const enPath = zhPath.replace('/zh-cn/', '/en/');
    const page = await openEntry(`${collection}/entries/${slug}`);
    await reveal(page, 'zh-cn', 'title');
    const title = field(page, 'zh-cn', 'title').locator('input');
    await title.click();
    await title.press('End');
    await page.keyboard.type('测');
    await save(page);

    expect(changedLines(files.get(zhPath)!, (await readSaved(page, zhPath))!)).toEqual([
      [expect.any(Number), expect.stringMatching(/^title: /), expect.stringMatching(/^title: .*测'?$/)],
    ]);
    if (files.has(enPath)) expect(await readSaved(page, enPath)).toBe(files.get(enPath));
  });

  it('changes one line of departments.yaml for one English name, and the content check still passes', async () => {
    const path = 'content/departments.yaml';
    const page = await openEntry('departments/entries/departments');
    // The list shows one collapsed row per department; open the first (市委农办).
    await field(page, '_default', 'departments').getByRole('button', { name: '展开' }).nth(1).click();
    const key = 'departments.0.nameEn';
    await reveal(page, '_default', key);
    const input = field(page, '_default', key).locator('input');
    await input.click();
    await input.press('End');
    await page.keyboard.type(' (test)');
    await save(page);

    const text = (await readSaved(page, path))!;
    expect(changedLines(files.get(path)!, text)).toEqual([
      [expect.any(Number), expect.stringMatching(/nameEn: /), expect.stringMatching(/nameEn: .* \(test\)$/)],
    ]);
    const problems = checkContent(await readAllSaved(page));
    expect(problems, formatProblems(problems)).toEqual([]);
  });
});
