import { serveDist } from './serve.ts';
import type { PagefindLike } from '../../src/lib/search/engine.ts';

/**
 * Pagefind's generated dist/pagefind/pagefind.js, run in Node against dist/ served on
 * 127.0.0.1. Pagefind picks its index from <html lang>; in Node there is no page, so a
 * minimal `document` tells it which language the "page" is in.
 */
let lang = 'zh-CN';
(globalThis as { document?: unknown }).document = {
  currentScript: null,
  querySelector: () => ({ getAttribute: () => lang }),
};

export async function pagefindFor(language: 'zh-CN' | 'en') {
  const server = await serveDist();
  const pf = await import(`${process.cwd()}/dist/pagefind/pagefind.js`);
  await pf.destroy();
  lang = language;
  await pf.options({ basePath: `${server.url}/pagefind/` });
  await pf.init();
  return {
    pagefind: pf as PagefindLike,
    origin: server.url,
    close: async () => (await pf.destroy(), await server.close()),
  };
}
