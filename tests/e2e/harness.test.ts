/**
 * Tests of the test harness itself, on a small throw-away site written to a temp folder:
 * the static server (types, index files, redirects, 404, traversal), the page listing, and
 * that each browser check really fails on a broken page (overflow, axe, console and page
 * errors, failed and off-site requests) while passing a clean one.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  axeSample,
  axeViolations,
  DESKTOP,
  launchBrowser,
  list404Pages,
  listPages,
  measureOverflow,
  MOBILE,
  newContext,
  newPage,
  settle,
  startServer,
  type StaticServer,
} from './harness.ts';

const page = (lang: string, title: string, body: string, head = '') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${head}</head>` +
  `<body><a class="skip-link" href="#main">skip</a><main id="main" tabindex="-1"><h1>${title}</h1>${body}</main></body></html>`;

const FILES: Record<string, string> = {
  'index.html': page('zh-CN', '首页', '<p>郑州市革命老区振兴发展。</p>'),
  'en/index.html': page('en', 'Home', '<p>A clean page.</p>'),
  'a b/index.html': page('en', 'Space', '<p>Path with a space.</p>'),
  '404.html': page('zh-CN', '页面不存在', '<p>404</p>'),
  'en/404/index.html': page('en', 'Not found', '<p>404</p>'),
  'overflow/index.html': page('en', 'Overflow', '<div class="wide" style="width: 900px">too wide</div>'),
  'axe/index.html': page(
    'en',
    'Axe',
    '<img src="/a.svg"><button></button><p style="color:#ccc;background:#fff">low contrast</p>',
  ),
  'noisy/index.html': page(
    'en',
    'Noisy',
    '<img alt="remote" src="https://example.com/x.png"><script>console.error("boom"); fetch("http://10.1.2.3/api").catch(() => {});</script>' +
      '<script>setTimeout(() => { throw new Error("kaput") })</script>',
    '<link rel="stylesheet" href="/missing.css">',
  ),
  'a.css': 'body{}',
  'a.js': 'export {}',
  'a.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'a.png': 'png',
  'a.json': '{}',
  'a.xml': '<a/>',
  'a.webmanifest': '{}',
  'a.wasm': 'wasm',
  'pagefind/pagefind.js': 'export {}',
  'pagefind/pagefind-entry.json': '{}',
  'pagefind/pagefind.zh-cn_0123.pf_meta': 'x',
  'pagefind/index/zh-cn_0123.pf_index': 'x',
  'pagefind/fragment/zh-cn_0123.pf_fragment': 'x',
  'pagefind/wasm.zh-cn.pagefind': 'x',
};

let root: string;
let server: StaticServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'e2e-harness-'));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  server = await startServer(root);
});
afterAll(async () => {
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('static server', () => {
  test('binds 127.0.0.1 on a random port', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
  });

  test.each([
    ['/a.css', 'text/css'],
    ['/a.js', 'text/javascript'],
    ['/a.svg', 'image/svg+xml'],
    ['/a.png', 'image/png'],
    ['/a.json', 'application/json'],
    ['/a.xml', 'application/xml'],
    ['/a.webmanifest', 'application/manifest+json'],
    ['/a.wasm', 'application/wasm'],
    ['/pagefind/pagefind.js', 'text/javascript'],
    ['/pagefind/pagefind-entry.json', 'application/json'],
    ['/pagefind/pagefind.zh-cn_0123.pf_meta', 'application/octet-stream'],
    ['/pagefind/index/zh-cn_0123.pf_index', 'application/octet-stream'],
    ['/pagefind/fragment/zh-cn_0123.pf_fragment', 'application/octet-stream'],
    ['/pagefind/wasm.zh-cn.pagefind', 'application/octet-stream'],
    ['/en/', 'text/html'],
  ])('%s is served as %s', async (path, type) => {
    const res = await fetch(server.url(path));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(type);
  });

  test('directory URLs serve index.html; without the slash they redirect', async () => {
    expect(await (await fetch(server.url('/'))).text()).toContain('首页');
    expect(await (await fetch(server.url('/a%20b/'))).text()).toContain('Path with a space');
    const res = await fetch(server.url('/en?x=1'), { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/en/?x=1');
  });

  test('missing files get 404.html with status 404; no escape from the root', async () => {
    for (const path of [
      '/nope/',
      '/nope.css',
      '/en/nope/',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2fetc/passwd',
    ]) {
      const res = await fetch(server.url(path));
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).toContain('页面不存在');
    }
  });
});

test('axeSample keeps all pages up to 150; above, lists, top-level pages and 3 of each kind', () => {
  const small = ['/', '/en/', '/a/', '/a/1/'];
  expect([...axeSample(small)]).toEqual(small);
  const pages = ['/', '/about/', '/timeline/', '/search/', '/data/', '/places/x/', '/places/y/'];
  for (let i = 10; i < 90; i++) pages.push(`/sites/s${i}/`, `/en/sites/s${i}/`);
  pages.push(
    '/sites/',
    '/en/',
    '/en/about/',
    '/policy/',
    '/policy/glossary/',
    '/policy/measures/',
    '/policy/measures/1/',
  );
  const sample = axeSample(pages.sort());
  expect([...sample].sort()).toEqual(
    [
      ...['/', '/about/', '/data/', '/search/', '/timeline/', '/sites/', '/policy/', '/policy/measures/'],
      ...['/en/', '/en/about/'],
      ...['/places/x/', '/places/y/', '/policy/glossary/', '/policy/measures/1/'],
      ...['/sites/s10/', '/sites/s50/', '/sites/s89/', '/en/sites/s10/', '/en/sites/s50/', '/en/sites/s89/'],
    ].sort(),
  );
});

test('listPages lists every HTML page as a URL path, without 404 pages', () => {
  expect(listPages(root)).toEqual(['/', '/a%20b/', '/axe/', '/en/', '/noisy/', '/overflow/']);
  expect(list404Pages(root)).toEqual(['/404.html', '/en/404/']);
});

describe('browser checks catch broken pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a clean page passes every check at both viewports', async () => {
    for (const options of [MOBILE, DESKTOP]) {
      const context = await newContext(browser, options);
      const tracked = await newPage(context, server.origin);
      await tracked.page.goto(server.url('/en/'));
      await settle(tracked.page);
      const overflow = await measureOverflow(tracked.page);
      expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
      expect(await axeViolations(tracked.page)).toEqual([]);
      expect(tracked.problemList()).toEqual([]);
      await context.close();
    }
  });

  test('horizontal overflow at 360 px is detected and its element named', async () => {
    const context = await newContext(browser, MOBILE);
    const tracked = await newPage(context, server.origin);
    await tracked.page.goto(server.url('/overflow/'));
    await settle(tracked.page);
    const overflow = await measureOverflow(tracked.page);
    expect(overflow.scrollWidth).toBeGreaterThan(overflow.clientWidth);
    expect(overflow.clientWidth).toBe(360);
    expect(overflow.culprits.join('\n')).toContain('<div.wide>');
    await context.close();
  });

  test('axe violations are reported with rule ids and targets', async () => {
    const context = await newContext(browser, DESKTOP);
    const tracked = await newPage(context, server.origin);
    await tracked.page.goto(server.url('/axe/'));
    const lines = (await axeViolations(tracked.page)).join('\n');
    expect(lines).toContain('[image-alt]');
    expect(lines).toContain('[button-name]');
    expect(lines).toContain('[color-contrast]');
    expect(lines).toContain('["img"]');
    await context.close();
  });

  test('console errors, page errors, failed and off-site requests are recorded; off-site ones aborted', async () => {
    const context = await newContext(browser, DESKTOP);
    const tracked = await newPage(context, server.origin);
    await tracked.page.goto(server.url('/noisy/'));
    await settle(tracked.page);
    await expect.poll(() => tracked.problems.externalRequests.length).toBeGreaterThanOrEqual(2);
    await expect.poll(() => tracked.problems.pageErrors.length).toBeGreaterThanOrEqual(1);
    const { problems } = tracked;
    expect(problems.externalRequests.join('\n')).toContain('https://example.com/x.png');
    expect(problems.externalRequests.join('\n')).toContain('http://10.1.2.3/api');
    expect(problems.crossOriginRequests.length).toBeGreaterThanOrEqual(2);
    expect(problems.failedRequests.join('\n')).toContain('/missing.css: HTTP 404');
    expect(problems.consoleErrors.join('\n')).toContain('boom');
    expect(problems.pageErrors.join('\n')).toContain('kaput');
    tracked.reset();
    expect(tracked.problemList()).toEqual([]);
    await context.close();
  });
});
