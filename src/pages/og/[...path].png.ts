/**
 * Open Graph images: one 1200×630 PNG per row of the route table, at /og/<path>.png
 * (src/lib/og/paths.ts). The build renders them all while collecting paths, so progress
 * and the summary line print between Astro's own lines; rendered PNGs are cached in
 * .astro/og-cache/ by a hash of their inputs, so a rebuild with unchanged content renders
 * none; images no page uses any more are deleted from it. SKIP_OG=1 builds no images
 * (pages still point og:image at where they would be).
 */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getRouteIndex } from '../../lib/entries.ts';
import { ogCard } from '../../lib/og/card-data.ts';
import { ogImageParam } from '../../lib/og/paths.ts';
import { OgRenderer } from '../../lib/og/render.ts';
import type { Route } from '../../lib/routes.ts';

/** One renderer per build: it loads the fonts once and counts rendered and cached images. */
const renderer = new OgRenderer({ cacheDir: join(process.cwd(), '.astro', 'og-cache'), prune: !import.meta.env.DEV });
/** Cache files of the images made up front in a build, by page path; read (and dropped) by GET. */
let built = new Map<string, string>();

export async function getStaticPaths() {
  if (process.env.SKIP_OG === '1') {
    console.log('og: SKIP_OG=1, no Open Graph images built');
    return [];
  }
  const { routes } = await getRouteIndex();
  if (!import.meta.env.DEV) {
    built = await renderer.cacheAll(await Promise.all(routes.map(async (r) => ({ card: await ogCard(r), page: r.path }))));
  }
  return routes.map((route) => ({ params: { path: ogImageParam(route.path) }, props: { route } }));
}

export const GET: APIRoute<{ route: Route }> = async ({ props }) => {
  const { route } = props;
  const file = built.get(route.path);
  const png = file ? readFileSync(file) : await renderer.image({ card: await ogCard(route), page: route.path });
  built.delete(route.path);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
