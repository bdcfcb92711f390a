/**
 * Without JavaScript: the index filters work at 360 px (radio buttons and CSS), and the
 * search page explains itself. Also: map buttons on a site page open the site's name in
 * each map service, within Zhengzhou (no site has verified coordinates yet).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  assertDist,
  launchBrowser,
  MOBILE,
  newContext,
  newPage,
  startServer,
  type StaticServer,
} from './harness.ts';

assertDist();
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await newContext(browser, { ...MOBILE, javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const visibleItems = (page: Page) =>
  page
    .locator('.filterable li[data-place]')
    .evaluateAll((lis) =>
      lis
        .filter((li) => (li as HTMLElement).offsetParent !== null)
        .map((li) => li.getAttribute('data-place')),
    );

describe('without JavaScript', () => {
  test('site filters by place and by kind narrow the list at 360 px', async () => {
    const { page, problemList } = await newPage(context, server.origin);
    await page.goto(server.origin + '/sites/');
    const all = await visibleItems(page);
    expect(all.length).toBeGreaterThanOrEqual(12);
    await page.getByRole('radio', { name: '登封市' }).check();
    const dengfeng = await visibleItems(page);
    expect(dengfeng.length).toBeGreaterThan(0);
    expect(dengfeng.length).toBeLessThan(all.length);
    expect(dengfeng.every((p) => p === 'dengfeng')).toBe(true);
    await page.getByRole('radio', { name: '烈士陵园' }).check();
    const kinds = await page
      .locator('.filterable li[data-place]')
      .evaluateAll((lis) =>
        lis
          .filter((li) => (li as HTMLElement).offsetParent !== null)
          .map((li) => `${li.getAttribute('data-place')}/${li.getAttribute('data-kind')}`),
      );
    expect(kinds.every((k) => k === 'dengfeng/martyrs-cemetery')).toBe(true);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth),
    ).toBe(false);
    expect(problemList()).toEqual([]);
  });

  test('the timeline filters by place', async () => {
    const { page } = await newPage(context, server.origin);
    await page.goto(server.origin + '/timeline/');
    const all = await visibleItems(page);
    await page.getByRole('radio', { name: '新郑市' }).check();
    const xinzheng = await visibleItems(page);
    expect(xinzheng.length).toBeGreaterThan(0);
    expect(xinzheng.length).toBeLessThan(all.length);
    expect(xinzheng.every((p) => p!.split(' ').includes('xinzheng'))).toBe(true);
  });

  test('the search page explains that search needs JavaScript and links the sections', async () => {
    const { page } = await newPage(context, server.origin);
    await page.goto(server.origin + '/search/?q=大枣');
    const notice = page.locator('main p.notice');
    expect(await notice.textContent()).toContain('搜索需要浏览器启用 JavaScript');
    expect(await notice.isVisible()).toBe(true);
    expect(await page.locator('.search-browse-noscript a').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('.search-browse-noscript a').first().isVisible()).toBe(true);
  });

  test('map buttons on a site page search for the site in Zhengzhou in each service', async () => {
    const { page } = await newPage(context, server.origin);
    await page.goto(server.origin + '/sites/xinzheng-government-site/');
    const hrefs = await page
      .locator('[data-map]')
      .evaluateAll((as) =>
        Object.fromEntries(as.map((a) => [a.getAttribute('data-map'), (a as HTMLAnchorElement).href])),
      );
    const name = '新郑县抗日民主政府旧址';
    expect(new URL(hrefs.amap!).searchParams.get('keyword')).toBe(name);
    expect(new URL(hrefs.baidu!).searchParams.get('query')).toBe(name);
    expect(new URL(hrefs.tencent!).searchParams.get('keyword')).toBe(name);
    expect(new URL(hrefs.apple!).searchParams.get('q')).toBe(`郑州 ${name}`);
  });
});
