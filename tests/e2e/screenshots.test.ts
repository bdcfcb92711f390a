/**
 * Screenshots for a human to look at (nothing is compared): the home page at 360 px in
 * both languages, full page, and with the menu open. Written to test-results/ (ignored by
 * git). Needs fonts-noto-cjk, or Chinese renders as boxes (scripts/install-browser.sh).
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  assertDist,
  launchBrowser,
  MOBILE,
  newContext,
  newPage,
  settle,
  startServer,
  type StaticServer,
} from './harness.ts';

assertDist();
const OUT = 'test-results';

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test.each([
  ['zh', '/'],
  ['en', '/en/'],
])('home page at 360 px (%s)', async (lang, path) => {
  const context = await newContext(browser, MOBILE);
  try {
    const tracked = await newPage(context, server.origin);
    const { page } = tracked;
    await page.goto(server.url(path));
    await settle(page);
    await page.screenshot({ path: `${OUT}/home-360-${lang}.png`, fullPage: true });
    await page.locator('details.menu > summary').click();
    await page.screenshot({ path: `${OUT}/home-360-${lang}-menu.png` });
    expect(tracked.problemList()).toEqual([]);
  } finally {
    await context.close();
  }
});
