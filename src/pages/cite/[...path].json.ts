import type { APIRoute } from 'astro';
import { citeFile, citeStaticPaths } from '../../lib/citation/downloads.ts';

/** /cite/<page path>.json: the page (and on policy pages the plan) as CSL-JSON. */
export const getStaticPaths = citeStaticPaths();

export const GET: APIRoute = async ({ props, site }) =>
  new Response(await citeFile(props.route, site!, 'json'), {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
