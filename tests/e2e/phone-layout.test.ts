/**
 * Phone layout that reads well, not only one that does not overflow (360 px, both
 * languages, every text size): one slim header row above the page title; label/value lists
 * never break a value inside a word; the home page's first screen holds what the site is,
 * the search box and the main entries; the search box works without JavaScript.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext, PHONE, serveSite, withPrefs, type Site } from './readers-browser.ts';

let browser: Browser;
let site: Site;
beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serveSite()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const SIZES = ['normal', 'large', 'xlarge'] as const;
const LISTS = [
  '/sites/zhongyuan-yuxi-memorial-park/',
  '/sites/erqi-memorial-tower/',
  '/sites/yuxi-base-memorial-gongyi/',
  '/products/xingyang-persimmon/',
  '/routes/henan-red-inspiration-2019/',
  '/policy/',
  '/policy/departments/renshe-ju/',
];
const paths = (lang: string, list: string[]) => list.map((p) => (lang === 'en' ? `/en${p}` : p));

/** The rows the header's visible parts sit in: parts whose vertical middles are within 4 px share a row. */
const headerRows = (page: Page) =>
  page.evaluate(() => {
    const bar = document.querySelector('.header-bar')!;
    const middles = [...bar.children]
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return Math.round(r.top + r.height / 2);
      });
    const rows: number[] = [];
    for (const m of middles) if (!rows.some((r) => Math.abs(r - m) <= 4)) rows.push(m);
    // The first thing in <main> that is shown: the page's own content starts right under the header.
    const first = [...document.querySelectorAll('main > *, main > div > *')].find(
      (el) => (el as HTMLElement).offsetParent !== null && el.getBoundingClientRect().height > 0,
    )!;
    return {
      rows: rows.length,
      headerHeight: document.querySelector('.site-header')!.getBoundingClientRect().height,
      content: first.getBoundingClientRect().top,
    };
  });

/**
 * Latin words in label/value lists whose letters are drawn on more than one line: each
 * word's range has one client rect per line box it spans (a word broken as
 * “Resistanc/e” has two).
 */
const brokenWords = (page: Page) =>
  page.evaluate(() => {
    const broken: string[] = [];
    for (const dd of document.querySelectorAll('.meta-list dd, .policy-meta dd, .facts dd')) {
      const walker = document.createTreeWalker(dd, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // A word is a run of letters and digits; a line may break after a hyphen or a space, never inside a run.
        for (const m of text.matchAll(/[A-Za-z0-9][A-Za-z0-9’']*[A-Za-z0-9]/g)) {
          const range = document.createRange();
          range.setStart(node, m.index!);
          range.setEnd(node, m.index! + m[0].length);
          const lines = new Set(
            [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
          );
          if (lines.size > 1) broken.push(m[0]);
        }
      }
    }
    return broken;
  });

describe.each(['zh', 'en'])('at 360 px (%s)', (lang) => {
  it.each(SIZES)('one header row above the page title at text size %s', async (size) => {
    const { context } = await newContext(browser, PHONE);
    await withPrefs(context, { size });
    // Online, as a reader is (in the loopback-only namespace Chromium thinks it is offline and shows the offline note).
    await context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'onLine', { get: () => true }),
    );
    const page = await context.newPage();
    for (const path of paths(lang, [
      '/',
      '/policy/measures/12/',
      '/sites/erqi-memorial-tower/',
      '/topics/yuxi-base-area/',
      '/search/',
    ])) {
      await page.goto(site.url + path);
      const { rows, headerHeight, content } = await headerRows(page);
      expect(rows, `${size} ${path}`).toBe(1);
      // One row of 44 px controls (60 px at 特大) plus padding, and the page's content right below it.
      expect(headerHeight, `${size} ${path}`).toBeLessThanOrEqual(
        { normal: 62, large: 72, xlarge: 82 }[size],
      );
      expect(content - headerHeight, `${size} ${path}`).toBeLessThanOrEqual(40);
    }
    await context.close();
  });

  it.each(SIZES)('no value in a label/value list is broken inside a word at text size %s', async (size) => {
    const { context } = await newContext(browser, PHONE);
    await withPrefs(context, { size });
    const page = await context.newPage();
    for (const path of paths(lang, LISTS)) {
      await page.goto(site.url + path);
      expect(await brokenWords(page), `${size} ${path}`).toEqual([]);
    }
    await context.close();
  });

  it('the home page’s first screen shows what the site is, the search box and the main entries', async () => {
    const { context } = await newContext(browser, PHONE);
    await context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'onLine', { get: () => true }),
    );
    const page = await context.newPage();
    await page.goto(site.url + (lang === 'en' ? '/en/' : '/'));
    const height = page.viewportSize()!.height;
    const bottom = (sel: string) =>
      page
        .locator(sel)
        .first()
        .evaluate((el) => el.getBoundingClientRect().bottom);
    expect(await bottom('h1')).toBeLessThan(height);
    expect(await bottom('.home-intro')).toBeLessThan(height);
    expect(await bottom('.site-search button')).toBeLessThan(height);
    // The entries to visit all fit on the first screen; to study, at least the first row.
    expect(
      await page
        .locator('#home-visit + .entry-grid li')
        .last()
        .evaluate((el) => el.getBoundingClientRect().bottom),
    ).toBeLessThan(height);
    await context.close();
  });
});

describe('the search box without JavaScript', () => {
  it.each(['/', '/en/', '/404.html'])('on %s submits to the search page with ?q=', async (path) => {
    const { context } = await newContext(browser, { ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + path);
    await page.locator('.site-search input[name=q]').fill('大枣');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.locator('.site-search button').click()]);
    const url = new URL(page.url());
    expect(url.pathname).toBe(path.startsWith('/en/') ? '/en/search/' : '/search/');
    expect(url.searchParams.get('q')).toBe('大枣');
    await context.close();
  });
});
