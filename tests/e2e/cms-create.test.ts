/**
 * Creating a bilingual page in the CMS, as an editor who does not use git would: a new
 * heritage site with its Chinese title and first paragraph typed through an input method
 * (simulated with CDP composition events), the English beside it, saved once. Both files
 * exist with the same slug, and the content check (`node scripts/check-content.ts`, the
 * content step of `npm run check`) passes on the repository the CMS leaves behind.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DESKTOP, launchBrowser, newContext, newPage, startServer, type StaticServer } from './harness.ts';
import { contentFiles, field, openCms, readAllSaved, readSaved, reveal, save, typeWithIme } from './cms.ts';
import { assertDist } from './site-pages.ts';

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
beforeAll(async () => {
  assertDist();
  browser = await launchBrowser();
  server = await startServer();
  context = await newContext(browser, { ...DESKTOP, viewport: { width: 1400, height: 1000 } });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const SLUG = 'ceshi-memorial-hall';

describe('creating a bilingual heritage site in the CMS', () => {
  it('writes content/sites/zh-cn/<slug>.mdx and en/<slug>.mdx that pass the content check', async () => {
    const t = await newPage(context, server.origin);
    const { page } = t;
    await openCms(page, server.origin, contentFiles());
    await page.goto(server.url('/admin/#/collections/sites/new'));
    const input = (locale: string, key: string) =>
      field(page, locale, key).locator('input, textarea').first();
    await input('zh-cn', 'title').waitFor();

    // The Chinese title through the input method: ceshi → 测试, jinianguan → 纪念馆.
    await input('zh-cn', 'title').click();
    await typeWithIme(context, page, [
      ['ceshi', '测试'],
      ['jinianguan', '纪念馆'],
    ]);
    expect(await input('zh-cn', 'title').inputValue()).toBe('测试纪念馆');
    await input('en', 'title').fill('Test Memorial Hall');
    await input('zh-cn', 'description').fill('浏览器测试建立的红色地标，用来检查内容编辑。');
    await input('en', 'description').fill('A heritage site made by the browser test of the editor.');
    // Language-neutral fields are entered once, in Chinese; the English pane shows them read-only.
    await field(page, 'zh-cn', 'place').getByRole('combobox').click();
    await page.getByRole('option', { name: '登封市' }).click();
    await field(page, 'zh-cn', 'kind').getByRole('radio', { name: 'memorial-hall' }).click();
    await input('zh-cn', 'address').fill('登封市大金店镇');
    await input('en', 'address').fill('Dajindian town, Dengfeng');
    await input('zh-cn', 'period').fill('抗日战争时期');
    await input('en', 'period').fill('War of Resistance against Japanese Aggression');
    for (const [locale, title] of [
      ['zh-cn', '郑州市人民政府网站'],
      ['en', 'Zhengzhou Municipal People’s Government website'],
    ] as const) {
      await reveal(page, locale, 'sources');
      await field(page, locale, 'sources').getByRole('button', { name: /^添加/ }).last().click();
      await input(locale, 'sources.0.title').fill(title);
      await input(locale, 'sources.0.url').fill('https://www.zhengzhou.gov.cn/');
      await input(locale, 'sources.0.accessed').fill('2026-12-01');
      await reveal(page, locale, 'lastVerified');
      await input(locale, 'lastVerified').fill('2026-12-01');
    }
    await page.locator('#entry-sidebar-content input').first().fill(SLUG);
    for (const locale of ['zh-cn', 'en']) {
      await reveal(page, locale, 'body');
      await field(page, locale, 'body').locator('[contenteditable="true"]').first().click();
      if (locale === 'zh-cn')
        await typeWithIme(context, page, [
          ['zhengwen', '正文'],
          ['diyiduan', '第一段。'],
        ]);
      else await page.keyboard.type('The first paragraph.');
    }
    await save(page);

    const zh = await readSaved(page, `content/sites/zh-cn/${SLUG}.mdx`);
    const en = await readSaved(page, `content/sites/en/${SLUG}.mdx`);
    expect(zh, 'Chinese file').toBeDefined();
    expect(en, 'English file').toBeDefined();
    const front = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
    expect(front(zh!)).toMatchObject({
      title: '测试纪念馆',
      place: 'dengfeng',
      kind: 'memorial-hall',
      lastVerified: '2026-12-01',
    });
    expect(front(en!)).toMatchObject({
      title: 'Test Memorial Hall',
      place: 'dengfeng',
      kind: 'memorial-hall',
    });
    expect(zh).toMatch(/\n---\n\n正文第一段。\n$/);
    expect(Object.keys(front(zh!))).not.toContain('otherNames'); // empty optional fields are left out

    // The repository as the CMS leaves it passes the content check, as `npm run check` runs it.
    const root = mkdtempSync(join(tmpdir(), 'zz-cms-create-'));
    try {
      for (const [path, text] of await readAllSaved(page)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      const run = spawnSync(process.execPath, ['scripts/check-content.ts', root], { encoding: 'utf8' });
      expect(`${run.stdout}${run.stderr}`).toMatch(/内容检查通过/);
      expect(run.status).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    expect(t.problemList().filter((p) => !p.includes('githubstatus'))).toEqual([]);
  });
});
