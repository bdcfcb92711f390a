/**
 * Browser set-up for the reader tests: the suite's Chromium (browser.ts), a fresh browser
 * context per test (never browser.newPage) that allows service workers, dist/ served on
 * 127.0.0.1 by tests/helpers/serve.ts, and every request to another host aborted and recorded.
 * A small pass-through proxy in front of the server lets the offline tests cut the
 * network (stop answering) and swap /sw.js for a "new deployment".
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { Browser, BrowserContext } from 'playwright-core';
import { serveDist } from '../helpers/serve.ts';
import { launchBrowser, MOBILE } from './browser.ts';
import { assertDist } from './site-pages.ts';

/** The suite's Chromium; the reader tests need a built site. */
export function launch(): Promise<Browser> {
  assertDist();
  return launchBrowser();
}

export const PHONE = MOBILE;

/** A context whose requests to any host but 127.0.0.1 are aborted (and listed in `blocked`). */
export async function newContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...options });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (/^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1') {
      blocked.push(url.href);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  return { context, blocked };
}

/** Set reading preferences before any page script runs, as a returning reader would have them. */
export async function withPrefs(context: BrowserContext, prefs: { size?: string; contrast?: string }) {
  await context.addInitScript((p) => localStorage.setItem('zz-reading', JSON.stringify(p)), prefs);
}

export interface Site {
  url: string;
  /** Stop answering (connection refused), like a network that has gone. */
  goDark(): Promise<void>;
  /** Serve this text as /sw.js instead of the built one (a new deployment). */
  overrideServiceWorker(body: string): void;
  close(): Promise<void>;
}

/** dist/ behind a pass-through proxy on its own port. */
export async function serveSite(): Promise<Site> {
  const dist = await serveDist();
  const target = new URL(dist.url);
  let sw: string | undefined;
  const proxy: Server = createServer((req, res) => {
    if (sw !== undefined && req.url?.startsWith('/sw.js')) {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
      return void res.end(sw);
    }
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as { port: number };
  const stop = () =>
    new Promise<void>((resolve) => {
      proxy.closeAllConnections();
      proxy.close(() => resolve());
    });
  return {
    url: `http://127.0.0.1:${port}`,
    goDark: stop,
    overrideServiceWorker: (body) => void (sw = body),
    close: async () => {
      if (proxy.listening) await stop();
      await dist.close();
    },
  };
}
