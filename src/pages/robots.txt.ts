import type { APIRoute } from 'astro';
import { ADMIN_PATH } from '../lib/build/admin.ts';

/** robots.txt with the absolute sitemap address of the configured site; the CMS (/admin/) is not for crawlers. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\nDisallow: ${ADMIN_PATH}\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
