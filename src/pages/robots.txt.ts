import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/routing/paths.ts';

/** robots.txt with the absolute sitemap address of the configured site. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site!)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
