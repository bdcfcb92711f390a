import type { APIRoute } from 'astro';
import { catalog } from '../lib/data/catalog.ts';
import { filterCss } from '../components/catalog/filter-css.ts';
import { SITE_KINDS } from '../schemas/sites.ts';

/** The filter rules for every place and site kind in the content (see FilterBar.astro). */
export const GET: APIRoute = async () => {
  const { places } = await catalog('zh-cn');
  return new Response(filterCss({ place: places.map((p) => p.slug), kind: [...SITE_KINDS] }), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
};
