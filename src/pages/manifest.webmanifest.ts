import type { APIRoute } from 'astro';
import { buildManifest } from '../lib/head/manifest.ts';

/** /manifest.webmanifest, linked from every page's head. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildManifest(), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  });
