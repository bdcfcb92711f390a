/**
 * Browser test harness: a static file server for dist/ on 127.0.0.1, the system Chromium
 * (playwright-core cannot download browsers here), a page helper that records every
 * problem a page causes, and the list of pages in dist/.
 *
 * Network policy: only 127.0.0.1 is reachable. Chromium resolves every other host name to
 * NOTFOUND (--host-resolver-rules) and each page aborts any request to another host and
 * records it; the suite normally also runs inside a loopback-only network namespace
 * (scripts/e2e.sh).
 */
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, sep } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';

export const DIST = resolve(process.env.DIST_DIR ?? 'dist');

/** Throw a helpful error at collection time when there is nothing to test. */
export function assertDist(dir = DIST): void {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html not found: build the site first (npx astro build) or run scripts/e2e.sh`);
  }
}

// ---------------------------------------------------------------------------------------
// Static server

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  // Pagefind: pagefind.js / pagefind-ui.js / pagefind-entry.json are covered above;
  // its index chunks, fragments, filters and metadata are gzipped binaries that the
  // Pagefind client inflates itself (pagefind-entry.json, *.pf_meta, *.pf_index,
  // *.pf_fragment, *.pf_filter, wasm.<lang>.pagefind).
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export function contentType(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  origin: string;
  port: number;
  /** Absolute URL of a site path such as `/en/`. */
  url(path: string): string;
  close(): Promise<void>;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Serve `root` on 127.0.0.1 at a free port. Directory URLs serve their index.html (a
 * directory without the trailing slash redirects to it, like common static hosts);
 * anything missing gets root/404.html with status 404.
 */
export async function startServer(root = DIST): Promise<StaticServer> {
  const base = resolve(root);
  const server: Server = createServer((req, res) => {
    const send = (status: number, file: string | undefined, headers: Record<string, string> = {}) => {
      if (!file) {
        res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
        res.end(req.method === 'HEAD' ? undefined : `${status}\n`);
        return;
      }
      res.writeHead(status, {
        'content-type': contentType(file),
        'content-length': String(statSync(file).size),
        'cache-control': 'no-cache',
        ...headers,
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    };
    const notFound = () => {
      const page = join(base, '404.html');
      send(404, isFile(page) ? page : undefined);
    };

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, undefined, { allow: 'GET, HEAD' });
    let pathname: string;
    let search: string;
    try {
      const u = new URL(req.url ?? '/', 'http://127.0.0.1');
      pathname = decodeURIComponent(u.pathname);
      search = u.search;
    } catch {
      return send(400, undefined);
    }
    const target = resolve(base, '.' + pathname);
    if (target !== base && !target.startsWith(base + sep)) return notFound(); // path traversal
    if (isDir(target)) {
      if (!pathname.endsWith('/')) {
        // Location must be URL-encoded again (Chinese or spaces in paths).
        return send(301, undefined, { location: encodeURI(pathname + '/') + search });
      }
      const index = join(target, 'index.html');
      return isFile(index) ? send(200, index) : notFound();
    }
    if (isFile(target)) return send(200, target);
    return notFound();
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (path) => new URL(path, origin).href,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

// ---------------------------------------------------------------------------------------
// Browser

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(`Chromium not found at ${CHROME_PATH}: run scripts/install-browser.sh or set CHROME_PATH`);
  }
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** A phone: 360×740 CSS px, touch, 2× pixels. */
export const MOBILE = {
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
} as const;

/** A laptop: 1280×800. */
export const DESKTOP = { viewport: { width: 1280, height: 800 } } as const;

export type ContextOptions = Parameters<Browser['newContext']>[0];

/** A fresh context with fixed, reproducible settings (locale, time zone, light scheme). */
export function newContext(browser: Browser, options: ContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    colorScheme: 'light',
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
    ...options,
  });
}

export interface PageProblems {
  /** console.error() and browser-logged errors (e.g. "Failed to load resource") */
  consoleErrors: string[];
  /** uncaught exceptions in page scripts */
  pageErrors: string[];
  /** requests that failed at the network level or got an HTTP status >= 400 */
  failedRequests: string[];
  /** requests to any host but 127.0.0.1: all aborted */
  externalRequests: string[];
  /** requests to an origin other than the allowed one (includes externalRequests) */
  crossOriginRequests: string[];
}

export interface TrackedPage {
  page: Page;
  problems: PageProblems;
  /** problems as one flat list of readable lines, empty when there are none */
  problemList(): string[];
  /** forget recorded problems (before reusing the page for the next URL) */
  reset(): void;
}

function isLoopback(url: URL): boolean {
  return url.hostname === '127.0.0.1';
}

/**
 * Open a page in `context` and record its problems. Every request to a host other than
 * 127.0.0.1 is aborted and recorded. `origin` (the server's) defines cross-origin requests.
 */
export async function newPage(context: BrowserContext, origin?: string): Promise<TrackedPage> {
  const page = await context.newPage();
  const problems: PageProblems = {
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    externalRequests: [],
    crossOriginRequests: [],
  };
  const aborted = new WeakSet<Request>();
  const badStatus = new WeakSet<Request>();
  // reset() starts a new generation. A request started before it belongs to the previous
  // URL: when the next navigation cancels it (e.g. the favicon, net::ERR_ABORTED), that is
  // not a problem of the new page.
  let generation = 0;
  const born = new WeakMap<Request, number>();
  const isStale = (request: Request) => (born.get(request) ?? generation) < generation;

  await page.route('**/*', async (route) => {
    const request = route.request();
    let url: URL | undefined;
    try {
      url = new URL(request.url());
    } catch {
      /* not a URL: let it through */
    }
    if (url && /^(https?|wss?|ftp):$/.test(url.protocol) && !isLoopback(url)) {
      problems.externalRequests.push(`${request.method()} ${request.url()}`);
      aborted.add(request);
      await route.abort('blockedbyclient');
      return;
    }
    await route.continue();
  });
  // WebSockets are not routed by page.route(); count (and kill) them too.
  await page.routeWebSocket(/.*/, (ws) => {
    const url = new URL(ws.url());
    if (!isLoopback(url)) {
      problems.externalRequests.push(`WS ${ws.url()}`);
      ws.close({ code: 1008, reason: 'blocked by test harness' });
    } else {
      ws.connectToServer();
    }
  });

  page.on('request', (request) => {
    born.set(request, generation);
    const u = request.url();
    if (!origin || u.startsWith('data:') || u.startsWith('blob:') || u.startsWith('about:')) return;
    try {
      if (new URL(u).origin !== origin) problems.crossOriginRequests.push(`${request.method()} ${u}`);
    } catch {
      /* ignore */
    }
  });
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const loc = msg.location();
    problems.consoleErrors.push(`${msg.text()}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
  });
  page.on('pageerror', (err) => problems.pageErrors.push(String(err?.stack ?? err)));
  page.on('requestfailed', (request) => {
    if (aborted.has(request) || badStatus.has(request) || isStale(request)) return; // counted, or not this page's
    problems.failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !isStale(response.request())) {
      badStatus.add(response.request());
      problems.failedRequests.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
    }
  });

  return {
    page,
    problems,
    reset() {
      generation++;
      for (const list of Object.values(problems)) list.length = 0;
    },
    problemList() {
      const out: string[] = [];
      for (const [kind, list] of Object.entries(problems)) for (const item of list) out.push(`${kind}: ${item}`);
      return out;
    },
  };
}

/** Let a loaded page settle: fonts loaded and two animation frames painted. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

// ---------------------------------------------------------------------------------------
// Pages

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else if (entry.isFile()) out.push(p);
  }
  return out;
}

/** Every .html file under `dir`, absolute paths, sorted (404 pages included). */
export function listHtmlFiles(dir = DIST): string[] {
  return walk(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** True for Astro's 404 pages: /404.html and /<locale>/404/index.html (or /404/). */
export function is404File(relPath: string): boolean {
  const p = relPath.split(sep).join('/');
  return /(^|\/)404\.html$/.test(p) || /(^|\/)404\/index\.html$/.test(p);
}

function toUrlPath(rel: string): string {
  const path = '/' + (rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
  return encodeURI(path);
}

function relativeHtml(dir: string): string[] {
  return listHtmlFiles(dir).map((f) => relative(dir, f).split(sep).join('/'));
}

/**
 * URL paths of every HTML page in dist (404 pages skipped), sorted: `index.html` files map
 * to their directory with a trailing slash (`/en/policy/`), other files to themselves.
 */
export function listPages(dir = DIST): string[] {
  return relativeHtml(dir)
    .filter((rel) => !is404File(rel))
    .map(toUrlPath)
    .sort();
}

/** URL paths of the 404 pages themselves (`/404.html`, `/en/404/`), sorted. */
export function list404Pages(dir = DIST): string[] {
  return relativeHtml(dir).filter(is404File).map(toUrlPath).sort();
}

/**
 * Axe sampling. Up to AXE_SAMPLE_ABOVE pages, axe runs on every page at both viewports.
 * Above it (190 pages on 2025-11-29), to keep the run time reasonable, axe runs on
 *   - every list page: the two home pages and any page with pages below it (/sites/,
 *     /policy/departments/, ...);
 *   - every top-level page of each language (/about/, /timeline/, /en/search/, ...): these
 *     are one of a kind;
 *   - 3 pages of each other kind (kind = pages sharing a parent path in one language, e.g.
 *     all /en/sites/<slug>/): the first, middle and last in path order. They share a
 *     template, so a template-level violation is still caught.
 * Overflow, lang, switch and request checks always run on every page. E2E_AXE_ALL=1 runs
 * axe on every page.
 */
export const AXE_SAMPLE_ABOVE = 150;

export function parentPath(path: string): string | undefined {
  if (path === '/') return undefined;
  const trimmed = path.endsWith('/') ? path.slice(0, -1) : path;
  return trimmed.slice(0, trimmed.lastIndexOf('/') + 1);
}

export function axeSample(pages: string[]): Set<string> {
  if (pages.length <= AXE_SAMPLE_ABOVE || process.env.E2E_AXE_ALL === '1') return new Set(pages);
  const parents = new Set(pages.map(parentPath).filter((p): p is string => p !== undefined));
  const chosen = new Set<string>();
  const kinds = new Map<string, string[]>();
  for (const p of pages) {
    const parent = parentPath(p);
    if (parent === undefined || parent === '/' || parent === '/en/' || p === '/en/' || parents.has(p)) chosen.add(p);
    else kinds.set(parent, [...(kinds.get(parent) ?? []), p]);
  }
  for (const members of kinds.values()) {
    const picks = members.length <= 3 ? members : [members[0]!, members[Math.floor(members.length / 2)]!, members.at(-1)!];
    for (const p of picks) chosen.add(p);
  }
  return chosen;
}

/** Which locale a URL path belongs to. */
export function localeOf(path: string): 'en' | 'zh-cn' {
  return path === '/en/' || path.startsWith('/en/') ? 'en' : 'zh-cn';
}

/** The BCP-47 `lang` a page of that path must declare. */
export function expectedLang(path: string): string {
  return localeOf(path) === 'en' ? 'en' : 'zh-CN';
}

// ---------------------------------------------------------------------------------------
// Checks

/** The WCAG levels the site promises: 2.0/2.1 A and AA, 2.2 AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  culprits: string[];
}

/** Measure horizontal overflow and name the elements that cause it. */
export async function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const scrollWidth = doc.scrollWidth;
    const clientWidth = doc.clientWidth;
    const culprits: string[] = [];
    if (scrollWidth > clientWidth) {
      const describe = (el: Element) => {
        const id = el.id ? `#${el.id}` : '';
        const cls =
          typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).slice(0, 3).join('.') : '';
        const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        const r = el.getBoundingClientRect();
        return `<${el.tagName.toLowerCase()}${id}${cls}> left=${Math.round(r.left)} right=${Math.round(r.right)} scrollWidth=${el.scrollWidth}${text ? ` "${text}"` : ''}`;
      };
      const all = [...document.body.querySelectorAll('*')];
      // Boxes reaching past the viewport, outermost only.
      const outside = all.filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > clientWidth + 1 || r.left < -1);
      });
      const outsideSet = new Set(outside);
      for (const el of outside) if (!el.parentElement || !outsideSet.has(el.parentElement)) culprits.push(describe(el));
      // Content spilling out of a visible-overflow box (long words, wide tables), deepest only.
      if (culprits.length === 0) {
        const spilling = all.filter(
          (el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible' && el.clientWidth > 0,
        );
        for (const el of spilling) if (!spilling.some((o) => o !== el && el.contains(o))) culprits.push(describe(el));
      }
    }
    return { scrollWidth, clientWidth, culprits: culprits.slice(0, 8) };
  });
}

/**
 * axe-core violations as readable lines: rule, impact, help, each target.
 * Legacy mode runs axe.run() inside the page instead of runPartial() per frame plus
 * finishRun() in an extra blank page: about half the time per page here (0.55 s vs 1.1 s).
 * It only loses results inside cross-origin iframes, which this site cannot have (every
 * off-site request is blocked).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
  const lines: string[] = [];
  for (const v of results.violations) {
    lines.push(`[${v.id}] (${v.impact}) ${v.help} — ${v.helpUrl}`);
    for (const node of v.nodes.slice(0, 10)) {
      const summary = (node.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200);
      lines.push(`    ${JSON.stringify(node.target)} ${summary}`);
    }
    if (v.nodes.length > 10) lines.push(`    … and ${v.nodes.length - 10} more`);
  }
  return lines;
}
