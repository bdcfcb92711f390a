/**
 * The open-data files, described once: the /data/ page lists them with their fields and
 * the endpoints in src/pages/data/ write them. Field descriptions are in the UI
 * dictionaries under data.field.<file>.<field>.
 */
export const DATA_LICENSE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
};

export const MEASURES_CSV_HEADER = [
  'number',
  'chapter',
  'title_zh',
  'title_en',
  'departments_zh',
  'departments_en',
  'text_zh',
  'url',
];

export interface DataFile {
  /** File name under /data/. */
  name: string;
  /** Dictionary key stem of its description and fields: data.file.<stem>, data.field.<stem>.<field>. */
  stem: 'measures' | 'measuresCsv' | 'sites' | 'products' | 'routes';
  format: string;
  /** Fields of each record, in order. */
  fields: string[];
}

export const DATA_FILES: DataFile[] = [
  {
    name: 'measures.json',
    stem: 'measures',
    format: 'JSON',
    fields: [
      'number',
      'chapter',
      'chapterTitle',
      'title',
      'departments',
      'departmentsAsWritten',
      'text',
      'editorNotes',
      'url',
    ],
  },
  { name: 'measures.csv', stem: 'measuresCsv', format: 'CSV (UTF-8 BOM)', fields: MEASURES_CSV_HEADER },
  {
    name: 'sites.geojson',
    stem: 'sites',
    format: 'GeoJSON',
    fields: [
      'geometry',
      'slug',
      'name_zh',
      'name_en',
      'kind',
      'place',
      'address_zh',
      'precision',
      'url_zh',
      'url_en',
      'metadata',
    ],
  },
  {
    name: 'products.json',
    stem: 'products',
    format: 'JSON',
    fields: [
      'slug',
      'name',
      'registeredName',
      'places',
      'productionArea',
      'harvestMonths',
      'geographicalIndications',
      'url',
    ],
  },
  {
    name: 'routes.json',
    stem: 'routes',
    format: 'JSON',
    fields: ['slug', 'title', 'theme', 'publisher', 'official', 'published', 'days', 'stops', 'url'],
  },
];
