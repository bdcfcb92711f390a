import type { APIRoute } from 'astro';
import { ADMIN_PATH } from '../lib/build/admin.ts';
import { withBase } from '../lib/routing/base.ts';
import { absoluteUrl } from '../lib/routing/paths.ts';

/** robots.txt with the absolute sitemap address of the configured site; the CMS (/admin/) is not for crawlers. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\nDisallow: ${withBase(ADMIN_PATH)}\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site!)}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
