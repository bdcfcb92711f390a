/**
 * Search journeys in the real browser: a shared address runs its search, the product page
 * comes first, the keyboard alone reaches it, English searches stay English, bad input
 * causes no error or injected markup, and pages that do not search load no search code.
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
  context = await newContext(browser, MOBILE);
  // Record Content-Security-Policy violations (the policy is a <meta> element on every page).
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function searchPage(path: string) {
  const tracked = await newPage(context, server.origin);
  const pagefindRequests: string[] = [];
  tracked.page.on('request', (r) => r.url().includes('/pagefind/') && pagefindRequests.push(r.url()));
  await tracked.page.goto(server.origin + path);
  return { ...tracked, pagefindRequests };
}
const done = (page: Page) =>
  page.waitForFunction(() => {
    const s = document.querySelector('[data-search-status]')?.textContent ?? '';
    return s !== '' && !/正在搜索|Searching/.test(s);
  });
const resultLinks = (page: Page) =>
  page
    .locator('[data-search-results] > li > a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('search page', () => {
  test('/search/?q=河阴石榴 runs on load and shows the product page first', async () => {
    const { page, problemList } = await searchPage('/search/?q=' + encodeURIComponent('河阴石榴'));
    await done(page);
    expect((await resultLinks(page))[0]).toBe('/products/heyin-pomegranate/');
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/包含“河阴石榴”/);
    // Excerpts read as Chinese: no ASCII ". " between a heading and its text (河阴石榴. 河阴…)
    const excerpts = (await page.locator('.search-excerpt').allTextContents()).join('\n');
    expect(excerpts).toContain('河阴石榴');
    expect(excerpts).not.toMatch(/\p{Script=Han}\. \p{Script=Han}/u);
    // the strict CSP is applied and search (WebAssembly, workers) runs without violating it
    expect(
      await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'),
    ).toContain("script-src 'self'");
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(problemList()).toEqual([]);
    await page.close();
  });

  test('/en/search/?q=jujube shows the English product page, and only English pages', async () => {
    const { page, problemList } = await searchPage('/en/search/?q=jujube');
    await done(page);
    const links = await resultLinks(page);
    expect(links[0]).toBe('/en/products/xinzheng-jujube/');
    expect(links.every((l) => l.startsWith('/en/'))).toBe(true);
    expect(problemList()).toEqual([]);
    await page.close();
  });

  test('a single result is counted in the singular in English', async () => {
    const { page, problemList } = await searchPage('/en/search/?q=mispronounce');
    await done(page);
    expect(await resultLinks(page)).toEqual(['/en/accessibility/']);
    expect(await page.locator('[data-search-status]').textContent()).toBe('1 page contains “mispronounce”.');
    expect(problemList()).toEqual([]);
    await page.close();
  });

  test('the keyboard alone finds 大枣 and opens the product page; the address follows the query', async () => {
    const { page, problemList } = await searchPage('/search/');
    await page.locator('#search-input').focus();
    await page.keyboard.type('大枣');
    await page.keyboard.press('Enter');
    await done(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('大枣');
    // Tab from the field past the button and the filter chips to the first result
    await page.locator('[data-search-results] > li > a').first().focus();
    await Promise.all([page.waitForURL('**/products/xinzheng-jujube/'), page.keyboard.press('Enter')]);
    expect(problemList()).toEqual([]);
    await page.close();
  });

  test.each([
    ['empty', '', /请输入要搜索的字词/],
    ['punctuation and emoji', '！？🎉', /标点和表情符号无法搜索/],
    ['500 characters', '枣'.repeat(500), /./],
    ['HTML', '<img src=x onerror="window.__injected=1">大枣', /./],
  ])('handles a %s query without errors or injected markup', async (_, q, message) => {
    const { page, problemList } = await searchPage('/search/?q=' + encodeURIComponent(q));
    await done(page);
    expect(await page.locator('[data-search-status]').textContent()).toMatch(message);
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
    expect(await page.locator('main img').count()).toBe(0);
    expect(Array.from((await page.inputValue('#search-input')) ?? '').length).toBeLessThanOrEqual(100);
    expect(problemList()).toEqual([]);
    await page.close();
  });

  test.each(['/', '/policy/', '/sites/', '/en/products/xinzheng-jujube/'])(
    '%s loads no search code',
    async (path) => {
      const { page, pagefindRequests, problemList } = await searchPage(path);
      await page.waitForLoadState('networkidle');
      expect(pagefindRequests).toEqual([]);
      expect(problemList()).toEqual([]);
      await page.close();
    },
  );
});
