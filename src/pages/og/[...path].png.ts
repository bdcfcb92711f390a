/**
 * Open Graph images: one 1200×630 PNG per row of the route table, at /og/<path>.png
 * (src/lib/og/paths.ts). The build renders them all while collecting paths, so progress
 * and the summary line print between Astro's own lines; rendered PNGs are cached in
 * .astro/og-cache/ by a hash of their inputs, so a rebuild with unchanged content renders
 * none; images no page uses any more are deleted from it. In a build this route makes no
 * pages itself: it lists the images for the build-files integration, which links them into
 * dist/ (src/lib/build/files.ts). The dev server serves each image from GET. SKIP_OG=1
 * builds no images (pages still point og:image at where they would be).
 */
import type { APIRoute } from 'astro';
import { join } from 'node:path';
import { getRouteIndex } from '../../lib/data/entries.ts';
import { ogCard } from '../../lib/og/card-data.ts';
import { clearBuildFiles, writeBuildFiles } from '../../lib/build/files.ts';
import { ogImageParam } from '../../lib/og/paths.ts';
import { OgRenderer } from '../../lib/og/render.ts';
import type { Route } from '../../lib/routing/routes.ts';

/** One renderer per build: it loads the fonts once and counts rendered and cached images. */
const renderer = new OgRenderer({
  cacheDir: join(process.cwd(), '.astro', 'og-cache'),
  prune: !import.meta.env.DEV,
});

export async function getStaticPaths() {
  if (process.env.SKIP_OG === '1') {
    clearBuildFiles(process.cwd(), 'og');
    console.log('og: SKIP_OG=1, no Open Graph images built');
    return [];
  }
  const { routes } = await getRouteIndex();
  if (import.meta.env.DEV)
    return routes.map((route) => ({ params: { path: ogImageParam(route.path) }, props: { route } }));
  const files = await renderer.cacheAll(
    await Promise.all(routes.map(async (r) => ({ card: await ogCard(r), page: r.path }))),
  );
  writeBuildFiles(
    process.cwd(),
    'og',
    routes.map((r) => ({ out: `og/${ogImageParam(r.path)}.png`, file: files.get(r.path)! })),
  );
  return [];
}

export const GET: APIRoute<{ route: Route }> = async ({ props }) => {
  const { route } = props;
  const png = await renderer.image({ card: await ogCard(route), page: route.path });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
