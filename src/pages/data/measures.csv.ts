import type { APIRoute } from 'astro';
import { measureRecords } from '../../lib/open-data/datasets.ts';
import { toCsv } from '../../lib/open-data/csv.ts';
import { MEASURES_CSV_HEADER } from '../../lib/open-data/files.ts';

/** /data/measures.csv: one row per measure, UTF-8 with BOM (see src/lib/open-data/csv.ts). */
export const GET: APIRoute = async ({ site }) => {
  const rows = (await measureRecords(site!)).map((m) => [
    m.number,
    m.chapter,
    m.title.zh,
    m.title.en ?? '',
    m.departments.map((d) => d.zh).join('、'),
    m.departments.map((d) => d.en).join('; '),
    m.text.zh,
    m.url.zh,
  ]);
  return new Response(toCsv(MEASURES_CSV_HEADER, rows), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
