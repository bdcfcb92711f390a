/**
 * A page that records every problem it causes: console errors, uncaught exceptions, failed
 * requests, and requests to another host (all aborted) or another origin.
 */
import type { BrowserContext, Page, Request } from 'playwright-core';

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
    problems.failedRequests.push(
      `${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'failed'}`,
    );
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !isStale(response.request())) {
      badStatus.add(response.request());
      problems.failedRequests.push(
        `${response.request().method()} ${response.url()}: HTTP ${response.status()}`,
      );
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
      for (const [kind, list] of Object.entries(problems))
        for (const item of list) out.push(`${kind}: ${item}`);
      return out;
    },
  };
}
