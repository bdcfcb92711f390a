import type { APIRoute } from 'astro';
import { t } from '../../i18n/t.ts';
import { envelope, siteRecords } from '../../lib/open-data/datasets.ts';
import { sitesFeatureCollection } from '../../lib/open-data/geojson.ts';

/** /data/sites.geojson: heritage sites with sourced coordinates; the rest counted in metadata. */
export const GET: APIRoute = async ({ site }) => {
  const body = sitesFeatureCollection(await siteRecords(site!), envelope(site!, t('en', 'data.file.sites')));
  return new Response(JSON.stringify(body, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
};
