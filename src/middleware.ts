import { defineMiddleware } from 'astro:middleware';
import { BASE, rebaseHtml } from './lib/routing/base.ts';

/**
 * Under a base path (BASE_PATH, e.g. /laoqu/), every page's root-relative links are put
 * under it here, once, as each page is rendered: the views and the editors' content write
 * site paths (/sites/x/) and stay the same whatever the host. At a domain root this does
 * nothing. Astro runs middleware for prerendered pages at build time.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (BASE === '/' || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(rebaseHtml(await response.text()), {
    status: response.status,
    headers: response.headers,
  });
});
