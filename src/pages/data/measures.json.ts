import type { APIRoute } from 'astro';
import { t } from '../../i18n/t.ts';
import { envelope, measureRecords } from '../../lib/open-data/datasets.ts';

/** /data/measures.json: the 20 measures, Chinese official text and English translation. */
export const GET: APIRoute = async ({ site }) => {
  const body = {
    ...envelope(site!, t('en', 'data.file.measures')),
    notice: t('en', 'data.officialTextNotice'),
    measures: await measureRecords(site!),
  };
  return new Response(JSON.stringify(body, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
