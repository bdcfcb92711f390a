/**
 * The site built for a base path (BASE_PATH=/laoqu/) and served under it, as a project site
 * on GitHub Pages is: search finds pages and links them under /laoqu/, and the service
 * worker installs with the /laoqu/ scope. (Every link of that build is checked in
 * tests/build/base-path.test.ts.)
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../helpers/project-copy.ts';
import { launchBrowser, MOBILE, newContext, newPage, startServer, type StaticServer } from './harness.ts';

const copy = projectCopy();
let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  const run = copy.build({ BASE_PATH: '/laoqu/' });
  if (run.status !== 0) throw new Error(run.output);
  [server, browser] = await Promise.all([startServer(run.out, '/laoqu/'), launchBrowser()]);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  copy.remove();
});

describe('under /laoqu/', () => {
  it('a search finds pages and links them under the base', async () => {
    const context = await newContext(browser, MOBILE);
    const { page, problems } = await newPage(context, server.origin);
    await page.goto(server.url('/laoqu/search/?q=大枣'));
    await page.locator('[data-search-results] > li a').first().waitFor();
    const links = await page
      .locator('[data-search-results] > li a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.length).toBeGreaterThan(0);
    for (const path of links) expect(path.startsWith('/laoqu/'), path).toBe(true);
    expect(links).toContain('/laoqu/products/xinzheng-jujube/');
    const first = await page.request.get(server.url(links[0]!));
    expect(first.status()).toBe(200);
    expect(problems.failedRequests).toEqual([]);
    await context.close();
  });

  it('the service worker installs with the base as its scope', async () => {
    const context = await newContext(browser, { ...MOBILE, serviceWorkers: 'allow' });
    const { page } = await newPage(context, server.origin);
    await page.goto(server.url('/laoqu/'));
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe('/laoqu/');
    await context.close();
  });
});
