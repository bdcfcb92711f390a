import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { ICON_SIZES } from '../lib/head/manifest.ts';

/** /icon-192.png and /icon-512.png for the manifest, rasterised from public/favicon.svg. */
export function getStaticPaths() {
  return ICON_SIZES.map((size) => ({ params: { size: String(size) } }));
}

export const GET: APIRoute = ({ params }) => {
  const svg = readFileSync(join(process.cwd(), 'public', 'favicon.svg'));
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: Number(params.size) },
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
