import type { APIRoute } from 'astro';
import { t } from '../../i18n/t.ts';
import { envelope, routeRecords } from '../../lib/open-data/datasets.ts';

/** /data/routes.json: the red-tourism routes with their stops in order. */
export const GET: APIRoute = async ({ site }) => {
  const body = { ...envelope(site!, t('en', 'data.file.routes')), routes: await routeRecords(site!) };
  return new Response(JSON.stringify(body, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
