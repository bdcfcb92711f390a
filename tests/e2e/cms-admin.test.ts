/**
 * /admin/ as built (scripts/build-admin.ts), in Chromium on 127.0.0.1: it loads from the site
 * alone under its own CSP (no script 'unsafe-inline' or 'unsafe-eval', no violation, nothing
 * off the machine), offers token sign-in on the deployed GitHub configuration, fits a phone,
 * and is never taken over by the reader site's service worker. Prints the first load's
 * requests and weight (raw and gzip), which the closing notes report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  DESKTOP,
  launchBrowser,
  MOBILE,
  newContext,
  newPage,
  startServer,
  type StaticServer,
  type TrackedPage,
} from './harness.ts';
import { contentFiles, openCms } from './cms.ts';
import { assertDist } from './site-pages.ts';
import { DIST } from '../helpers/static-server.ts';

let browser: Browser;
let server: StaticServer;
let context: BrowserContext | undefined;
beforeAll(async () => {
  assertDist();
  browser = await launchBrowser();
  server = await startServer();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** A tracked page that also records every CSP violation. */
async function open(
  options: Parameters<typeof newContext>[1] = DESKTOP,
): Promise<TrackedPage & { violations: () => Promise<string[]> }> {
  context = await newContext(browser, options);
  await context.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  const tracked = await newPage(context, server.origin);
  return {
    ...tracked,
    violations: () => tracked.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
  };
}

const cspOf = (page: Page) =>
  page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');

describe('/admin/', () => {
  it('loads from 127.0.0.1 alone under its own CSP, with no violation and no error, and lists every collection', async () => {
    const t = await open();
    const requests: string[] = [];
    t.page.on('request', (r) => requests.push(r.url()));
    await openCms(t.page, server.origin, contentFiles());

    const csp = (await cspOf(t.page))!;
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(scriptSrc.trim()).toBe("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(await t.violations()).toEqual([]);
    expect(t.problemList()).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(server.origin) && !/^(data|blob):/.test(u))).toEqual([]);
    // The bundled fonts are in use (icons show as symbols, not as words such as arrow_back).
    expect(await t.page.evaluate(() => document.fonts.check('24px "Material Symbols Outlined"'))).toBe(true);
    for (const label of [
      '政策文件',
      '措施',
      '红色地标',
      '特色农产品',
      '红色旅游线路',
      '大事记',
      '专题',
      '落实进展',
      '责任单位',
      '术语表',
    ]) {
      expect(await t.page.getByText(label, { exact: true }).count(), label).toBeGreaterThan(0);
    }
  });

  it('with the deployed GitHub configuration offers token sign-in and asks only GitHub (its status page) for anything', async () => {
    const t = await open();
    await t.page.goto(server.url('/admin/'));
    await t.page.getByRole('button', { name: '使用访问令牌登录' }).waitFor();
    await t.page.waitForLoadState('networkidle');
    expect(await t.page.getByRole('button', { name: /使用 GitHub 登录/ }).count()).toBe(0); // no OAuth without a sign-in service
    expect(await t.violations()).toEqual([]);
    // The harness aborts it: the one request meant for another host is GitHub's status check.
    expect(t.problems.externalRequests).toEqual(['GET https://www.githubstatus.com/api/v2/status.json']);
    expect(t.problems.pageErrors).toEqual([]);
  });

  it('fits a 360 px phone without sideways scrolling', async () => {
    const t = await open(MOBILE);
    await openCms(t.page, server.origin, contentFiles());
    const width = await t.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await t.page.screenshot({ path: 'test-results/cms/admin-360.png' });
  });

  it('is left alone by the reader site’s service worker: nothing under /admin/ is cached', async () => {
    const t = await open({ ...DESKTOP, serviceWorkers: 'allow' });
    await t.page.goto(server.url('/'));
    await t.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    });
    await t.page.goto(server.url('/admin/'));
    await t.page.getByRole('button', { name: '使用访问令牌登录' }).waitFor();
    const cached = await t.page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname);
      return urls;
    });
    expect(cached.length).toBeGreaterThan(0); // the worker did cache the reader pages it saw
    expect(cached.filter((p) => p.startsWith('/admin'))).toEqual([]);
  });
});

describe('/admin/ first load (measured)', () => {
  it('reports the requests and bytes up to the sign-in screen', async () => {
    const t = await open();
    const files: string[] = [];
    t.page.on('requestfinished', (r) => {
      const url = new URL(r.url());
      if (url.origin === server.origin) files.push(url.pathname);
    });
    await t.page.goto(server.url('/admin/'));
    await t.page.getByRole('button', { name: '使用访问令牌登录' }).waitFor();
    await t.page.waitForLoadState('networkidle');
    const size = (path: string) => {
      const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
      const bytes = readFileSync(file);
      return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    };
    const rows = [...new Set(files)].map((path) => ({ path, ...size(path) }));
    const total = rows.reduce((sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip }), {
      raw: 0,
      gzip: 0,
    });
    console.log(
      `/admin/ first load: ${files.length} requests for ${rows.length} files, ${total.raw} B raw, ${total.gzip} B gzip\n${rows.map((r) => `  ${r.path} ${r.raw} B (${r.gzip} B gzip)`).join('\n')}`,
    );
    // The CMS's own files, and the site's icon as its logo.
    expect(rows.filter((r) => !r.path.startsWith('/admin/')).map((r) => r.path)).toEqual(['/favicon.svg']);
    // Budget from the evaluation notes: at most 3.2 MB raw on first load.
    expect(total.raw).toBeLessThan(3.2 * 1024 * 1024);
  });
});
