import type { APIRoute } from 'astro';
import { t } from '../../i18n/t.ts';
import { envelope, productRecords } from '../../lib/open-data/datasets.ts';

/** /data/products.json: the specialty products and their geographical-indication history. */
export const GET: APIRoute = async ({ site }) => {
  const body = { ...envelope(site!, t('en', 'data.file.products')), products: await productRecords(site!) };
  return new Response(JSON.stringify(body, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
