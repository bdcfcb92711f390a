import type { APIRoute } from 'astro';
import { citeFile, citeStaticPaths } from '../../lib/citation/downloads.ts';

/** /cite/<page path>.bib: the page (and on policy pages the plan) as BibTeX entries. */
export const getStaticPaths = citeStaticPaths();

export const GET: APIRoute = async ({ props, site }) =>
  new Response(await citeFile(props.route, site!, 'bib'), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
