/**
 * Offline use in Chromium with the real service worker: a saved route and its stops open
 * with the network gone; search works offline after one online search; an unsaved page
 * gets the offline page listing saved pages; a new deployment replaces the old caches but
 * keeps the saved pages. "Network gone" = context.setOffline(true) and the server stops
 * answering (so nothing can come from the network even if emulation missed a request).
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { launch, newContext, PHONE, serveSite, type Site } from './readers-browser.ts';

let browser: Browser;
let site: Site;
let context: BrowserContext;
beforeAll(async () => void (browser = await launch()));
afterAll(async () => await browser?.close());
afterEach(async () => {
  await context?.close();
  await site?.close();
});

const ROUTE = '/routes/henan-red-inspiration-2019/';

async function open(options = {}): Promise<Page> {
  site = await serveSite();
  ({ context } = await newContext(browser, { ...PHONE, serviceWorkers: 'allow', ...options }));
  return context.newPage();
}

/** Wait until the service worker controls the page (registered after load, when idle). */
const controlled = (page: Page) =>
  page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });

async function goOffline() {
  await context.setOffline(true);
  await site.goDark();
}

describe('offline', () => {
  it('a saved route and its stop pages open without a network', async () => {
    const page = await open();
    await page.goto(site.url + ROUTE);
    await controlled(page);
    await page.getByRole('button', { name: '保存此线路供离线查看' }).click();
    await expect
      .poll(() => page.locator('.save-status').textContent(), { timeout: 30_000 })
      .toMatch(/^已保存：线路和沿途各站共 \d+ 个页面/);
    const stops = await page.$$eval('.stops a[href^="/sites/"]', (links) =>
      links.map((a) => a.getAttribute('href')!),
    );
    expect(stops.length).toBeGreaterThan(0);

    await goOffline();
    await page.goto(site.url + ROUTE);
    await expect.poll(() => page.locator('h1').textContent()).toContain('不忘初心');
    expect(await page.locator('[data-offline-note]').isVisible()).toBe(true);
    await page.screenshot({ path: 'test-results/readers/offline-route.png' });
    for (const stop of stops) {
      const response = await page.goto(site.url + stop);
      expect(response?.status(), stop).toBe(200);
      expect(await page.locator('.stops, .facts').count(), stop).toBeGreaterThan(0);
    }
    // A page never visited nor saved: the offline page, which links the saved ones.
    const missing = await page.goto(`${site.url}/products/`);
    expect(missing?.status()).toBe(503);
    expect(await page.locator('h1').textContent()).toBe('暂时无法打开此页');
    expect(await page.locator(`a[href="${ROUTE}"]`).count()).toBe(1);
    await page.screenshot({ path: 'test-results/readers/offline-fallback.png', fullPage: true });
  });

  it('search keeps working offline after one online search', async () => {
    const page = await open();
    await page.goto(`${site.url}/search/`);
    await controlled(page);
    await page.goto(`${site.url}/search/?q=大枣`);
    await page.locator('.search-results li').first().waitFor();
    const online = await page.locator('.search-results li').count();

    await goOffline();
    await page.goto(`${site.url}/search/?q=大枣`);
    await page.locator('.search-results li').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.search-results li').count()).toBe(online);
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/找到 \d+ 个/);
  });

  it('a new deployment (new build id in /sw.js) replaces the old caches and keeps saved pages', async () => {
    const page = await open();
    await page.goto(site.url + ROUTE);
    await controlled(page);
    const oldBuild = readFileSync('dist/sw.js', 'utf8').match(/const BUILD = '([^']+)'/)![1]!;
    const cacheNames = () => page.evaluate(() => caches.keys());
    await expect.poll(cacheNames).toContain(`laoqu-pages-${oldBuild}`);

    site.overrideServiceWorker(
      readFileSync('dist/sw.js', 'utf8').replace(
        `const BUILD = '${oldBuild}'`,
        "const BUILD = 'next-deploy'",
      ),
    );
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expect
      .poll(cacheNames, { timeout: 30_000 })
      .toEqual(expect.arrayContaining(['laoqu-pages-next-deploy', 'laoqu-files-next-deploy']));
    await expect
      .poll(async () => (await cacheNames()).filter((n) => n.includes(oldBuild)), { timeout: 30_000 })
      .toEqual([]);
    const kept = await page.evaluate(
      async (path) =>
        Boolean(
          await caches.match(new URL(path, location.href).href, { cacheName: 'laoqu-pages-next-deploy' }),
        ),
      ROUTE,
    );
    expect(kept).toBe(true);
  });
});
