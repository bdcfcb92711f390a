/**
 * Every HTML page in dist/ (both languages, 404 pages excepted), in Chromium, at a phone
 * (360×740, touch, 2×) and a laptop (1280×800) viewport:
 *   - HTTP 200 and `<html lang>` zh-CN / en by path;
 *   - no horizontal overflow (documentElement.scrollWidth > clientWidth; innerWidth grows
 *     with the content under isMobile, so it cannot be used);
 *   - axe-core, WCAG 2.0/2.1 A+AA and 2.2 AA: zero violations (both viewports, since the
 *     chrome differs: menu below 768 px, inline nav above);
 *   - no console errors, page errors, failed requests (network errors or HTTP >= 400),
 *     and zero requests to another origin (requests off 127.0.0.1 are also aborted);
 *   - (laptop pass) the language switch points to an existing page of the other language.
 * The 404 pages are checked the same way at their own URLs (/404.html, /en/404/), and a
 * missing URL must answer 404 with the 404 page.
 * Pages come from dist/ at collection time, so new pages are covered without edits.
 * One browser, one context per viewport, pages one after another. Above 150 pages axe
 * runs on a sample (every list and top-level page, 3 of each other kind): see axeSample
 * in site-pages.ts.
 *
 * A summary of all failures is written to test-results/e2e-pages.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  assertDist,
  axeSample,
  axeViolations,
  DESKTOP,
  expectedLang,
  launchBrowser,
  list404Pages,
  listPages,
  localeOf,
  measureOverflow,
  MOBILE,
  newContext,
  newPage,
  settle,
  startServer,
  type StaticServer,
  type TrackedPage,
} from './harness.ts';

assertDist();
const PAGES = listPages();
/** The 404 pages are checked like the others when opened at their own URL (status 200). */
const PAGES_404 = list404Pages();
const PAGE_SET = new Set([...PAGES, ...PAGES_404]);

const AXE_PAGES = axeSample(PAGES);

// ---------------------------------------------------------------------------------------

const failures: { viewport: string; page: string; check: string; details: string[] }[] = [];
function check(viewport: string, page: string, name: string, details: string[]) {
  if (details.length) failures.push({ viewport, page, check: name, details });
  expect.soft(details, `${name} on ${page} at ${viewport}`).toEqual([]);
}

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  mkdirSync('test-results', { recursive: true });
  writeFileSync(
    'test-results/e2e-pages.json',
    JSON.stringify({ pages: PAGES.length, axePages: AXE_PAGES.size, failures }, null, 2) + '\n',
  );
  if (failures.length) {
    const byCheck = new Map<string, number>();
    for (const f of failures)
      byCheck.set(`${f.check} @ ${f.viewport}`, (byCheck.get(`${f.check} @ ${f.viewport}`) ?? 0) + 1);
    console.log(
      `e2e pages: ${failures.length} failing checks (details in test-results/e2e-pages.json)\n` +
        [...byCheck].map(([k, n]) => `  ${k}: ${n} page(s)`).join('\n'),
    );
  }
});

const VIEWPORTS = [
  ['360x740 mobile', MOBILE],
  ['1280x800 desktop', DESKTOP],
] as const;

test('dist has pages in both languages', () => {
  expect(PAGES).toContain('/');
  expect(PAGES).toContain('/en/');
});

test('a missing URL gets status 404 and the 404 page, without errors', async () => {
  const context = await newContext(browser, MOBILE);
  try {
    const tracked = await newPage(context, server.origin);
    const response = await tracked.page.goto(server.url('/no-such-page/'));
    expect(response?.status()).toBe(404);
    expect(await tracked.page.title()).not.toBe('');
    expect(await tracked.page.locator('main#main').count()).toBe(1);
    // The document's own 404 is expected; anything else is a problem.
    expect(tracked.problemList().filter((p) => !p.includes('/no-such-page/'))).toEqual([]);
  } finally {
    await context.close();
  }
});

describe.each(VIEWPORTS)('%s', (viewport, options) => {
  let context: BrowserContext;
  let tracked: TrackedPage;
  beforeAll(async () => {
    context = await newContext(browser, options);
    // One page per viewport, navigated from URL to URL: a fresh page per URL costs about
    // 0.4 s more (new renderer, routes) and makes axe's first run slower.
    tracked = await newPage(context, server.origin);
  });
  afterAll(async () => {
    await context?.close();
  });

  test.each([...PAGES, ...PAGES_404])('%s', async (path) => {
    const { page } = tracked;
    tracked.reset();
    const response = await page.goto(server.url(path), { waitUntil: 'load' });
    expect.soft(response?.status(), `HTTP status of ${path}`).toBe(200);
    await settle(page);

    const { lang, switchHref } = await page.evaluate(() => ({
      lang: document.documentElement.getAttribute('lang'),
      switchHref: document.querySelector('[data-lang-switch]')?.getAttribute('href') ?? null,
    }));
    check(
      viewport,
      path,
      'html lang',
      lang === expectedLang(path) ? [] : [`<html lang="${lang}">, expected "${expectedLang(path)}"`],
    );

    const overflow = await measureOverflow(page);
    check(
      viewport,
      path,
      'horizontal overflow',
      overflow.scrollWidth > overflow.clientWidth
        ? [`scrollWidth ${overflow.scrollWidth} > clientWidth ${overflow.clientWidth}`, ...overflow.culprits]
        : [],
    );

    if (AXE_PAGES.has(path) || PAGES_404.includes(path))
      check(viewport, path, 'axe', await axeViolations(page));

    if (options === DESKTOP) {
      const href = switchHref;
      const target = href ? new URL(href, server.url(path)) : undefined;
      const problems: string[] = [];
      if (!target) problems.push('no [data-lang-switch] link');
      else if (target.origin !== server.origin) problems.push(`switch link leaves the site: ${href}`);
      else if (!PAGE_SET.has(target.pathname))
        problems.push(`switch link target ${target.pathname} is not a page in dist`);
      else if (localeOf(target.pathname) === localeOf(path))
        problems.push(`switch link target ${target.pathname} is in the same language`);
      check(viewport, path, 'language switch', problems);
    }

    check(viewport, path, 'console/page errors and requests', tracked.problemList());
  });
});
