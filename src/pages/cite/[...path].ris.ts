import type { APIRoute } from 'astro';
import { citeFile, citeStaticPaths } from '../../lib/citation/downloads.ts';

/** /cite/<page path>.ris: the page (and on policy pages the plan) as RIS records. */
export const getStaticPaths = citeStaticPaths();

export const GET: APIRoute = async ({ props, site }) =>
  new Response(await citeFile(props.route, site!, 'ris'), {
    headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
  });
