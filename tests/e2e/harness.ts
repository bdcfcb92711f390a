/**
 * Browser test harness: a static file server for dist/ on 127.0.0.1
 * (tests/helpers/static-server.ts), the system Chromium (browser.ts), a page helper that
 * records every problem a page causes (tracked-page.ts), the list of pages in dist/
 * (site-pages.ts) and the checks run on them (checks.ts). Tests import from here.
 *
 * Network policy: only 127.0.0.1 is reachable. Chromium resolves every other host name to
 * NOTFOUND (--host-resolver-rules) and each page aborts any request to another host and
 * records it; the suite normally also runs inside a loopback-only network namespace
 * (scripts/e2e.sh).
 */
export { startServer, type StaticServer } from '../helpers/static-server.ts';
export * from './browser.ts';
export * from './tracked-page.ts';
export * from './site-pages.ts';
export * from './checks.ts';
