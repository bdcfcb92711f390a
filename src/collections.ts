/**
 * The one registry of content collections. Each entry says where a collection's files live
 * (one MDX file per entry and locale, or one YAML list), which schema checks them, what
 * page each entry gets (its kind and neutral URL) and what editors call it. Astro's
 * collections (content.config.ts), the content check, the data layer, the route table,
 * the citation downloads, the editor docs and the CMS configuration all read this table,
 * so adding a collection means one entry here and one schema file in src/schemas/.
 * Plain TypeScript (no astro:content), so Node scripts and unit tests can import it.
 */
import type { z } from 'astro/zod';
import { localizePath } from './lib/routing/paths.ts';
import type { Locale } from './i18n/locales.ts';
import { departmentSchema, type DepartmentData } from './schemas/departments.ts';
import { explainerSchema } from './schemas/explainers.ts';
import { glossarySchema, type GlossaryData } from './schemas/glossary.ts';
import { goalReportSchema, type GoalReportData } from './schemas/goal-reports.ts';
import { measureSchema } from './schemas/measures.ts';
import { nameSchema, type NameData } from './schemas/names.ts';
import { pageSchema } from './schemas/pages.ts';
import { placeSchema } from './schemas/places.ts';
import { policySchema } from './schemas/policy.ts';
import { productSchema } from './schemas/products.ts';
import { progressSchema } from './schemas/progress.ts';
import { touristRouteSchema } from './schemas/routes.ts';
import { siteSchema } from './schemas/sites.ts';
import { timelineSchema } from './schemas/timeline.ts';
import { topicSchema } from './schemas/topics.ts';

/** The page an entry gets: its kind (which view renders it) and its locale-neutral path. */
export interface EntryPage<K extends string = string> {
  kind: K;
  /** The neutral path of the entry with this slug, e.g. (slug) => `/sites/${slug}/`. */
  key: (slug: string) => string;
  /** true when the page carries a “cite this page” block and citation downloads. */
  citable: boolean;
}

/** What editors call a collection (docs headings, CMS labels): Chinese, then English. */
interface Label {
  zh: string;
  en: string;
}

/** content/<name>/<locale>/<slug>.mdx: one file per entry and language, the same slug in both. */
export interface MdxCollection {
  storage: 'mdx';
  schema: z.ZodType;
  label: Label;
  /** The page of each entry, when entries have pages of their own. */
  page?: EntryPage;
}

/** content/<name>.yaml: one list of records serving both languages. */
export interface YamlCollection {
  storage: 'yaml';
  schema: z.ZodType;
  label: Label;
  page?: EntryPage;
  /**
   * The names an item is known by (its id first, or its one unique name when it has no id),
   * each of which must be unique in the list; the first is the item's id in Astro's collection.
   */
  names(item: never): string[];
}

export const COLLECTIONS = {
  policy: {
    storage: 'mdx',
    schema: policySchema,
    label: { zh: '政策文件', en: 'policy document' },
    page: { kind: 'policy', key: () => '/policy/', citable: true },
  },
  measures: {
    storage: 'mdx',
    schema: measureSchema,
    label: { zh: '措施', en: 'measures' },
    page: { kind: 'measure', key: (slug) => `/policy/measures/${slug}/`, citable: true },
  },
  sites: {
    storage: 'mdx',
    schema: siteSchema,
    label: { zh: '红色地标', en: 'heritage sites' },
    page: { kind: 'site', key: (slug) => `/sites/${slug}/`, citable: true },
  },
  products: {
    storage: 'mdx',
    schema: productSchema,
    label: { zh: '特色农产品', en: 'specialty products' },
    page: { kind: 'product', key: (slug) => `/products/${slug}/`, citable: true },
  },
  routes: {
    storage: 'mdx',
    schema: touristRouteSchema,
    label: { zh: '红色旅游线路', en: 'red-tourism routes' },
    page: { kind: 'route', key: (slug) => `/routes/${slug}/`, citable: true },
  },
  places: {
    storage: 'mdx',
    schema: placeSchema,
    label: { zh: '地点（县级市、区）', en: 'places' },
    page: { kind: 'place', key: (slug) => `/places/${slug}/`, citable: true },
  },
  timeline: { storage: 'mdx', schema: timelineSchema, label: { zh: '大事记', en: 'timeline events' } },
  topics: {
    storage: 'mdx',
    schema: topicSchema,
    label: { zh: '专题', en: 'topics' },
    page: { kind: 'topic', key: (slug) => `/topics/${slug}/`, citable: true },
  },
  explainers: {
    storage: 'mdx',
    schema: explainerSchema,
    label: { zh: '措施解读', en: 'measure explainers' },
  },
  progress: { storage: 'mdx', schema: progressSchema, label: { zh: '落实进展', en: 'reported progress' } },
  pages: {
    storage: 'mdx',
    schema: pageSchema,
    label: { zh: '普通页面', en: 'plain pages' },
    page: { kind: 'page', key: (slug) => `/${slug}/`, citable: false },
  },
  departments: {
    storage: 'yaml',
    schema: departmentSchema,
    label: { zh: '责任单位', en: 'departments' },
    page: { kind: 'department', key: (id) => `/policy/departments/${id}/`, citable: false },
    names: (d: DepartmentData) => [d.id, d.name, ...d.aliases],
  },
  glossary: {
    storage: 'yaml',
    schema: glossarySchema,
    label: { zh: '术语表', en: 'glossary' },
    names: (g: GlossaryData) => [g.id, g.term],
  },
  names: {
    storage: 'yaml',
    schema: nameSchema,
    label: { zh: '固定译名', en: 'fixed English names' },
    names: (n: NameData) => [n.zh],
  },
  'goal-reports': {
    storage: 'yaml',
    schema: goalReportSchema,
    label: { zh: '2025年目标的公开报道', en: 'reports on the 2025 goals' },
    names: (g: GoalReportData) => [g.id, g.goal],
  },
} as const satisfies Record<string, MdxCollection | YamlCollection>;

type Registry = typeof COLLECTIONS;
export type CollectionName = keyof Registry;
/** The collections kept as one MDX file per entry and locale. */
export type MdxCollectionName = {
  [C in CollectionName]: Registry[C]['storage'] extends 'mdx' ? C : never;
}[CollectionName];
/** The page kind of each collection whose entries have pages (sites → 'site'). */
export type EntryPageKind = {
  [C in CollectionName]: Registry[C] extends { page: { kind: infer K } } ? K : never;
}[CollectionName];
/** The collection behind each kind of entry page (site → 'sites'). */
export type CollectionOfKind<K extends EntryPageKind> = {
  [C in CollectionName]: Registry[C] extends { page: { kind: K } } ? C : never;
}[CollectionName];

/** The MDX collections whose entries have pages (and so a title and a description). */
export type PagedMdxCollectionName = {
  [C in MdxCollectionName]: Registry[C] extends { page: EntryPage } ? C : never;
}[MdxCollectionName];

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
export const MDX_COLLECTIONS = COLLECTION_NAMES.filter(
  (c): c is MdxCollectionName => COLLECTIONS[c].storage === 'mdx',
);

export const PAGED_MDX_COLLECTIONS = MDX_COLLECTIONS.filter(
  (c): c is PagedMdxCollectionName => pageOf(c) !== undefined,
);

export function isCollectionName(name: string): name is CollectionName {
  return Object.hasOwn(COLLECTIONS, name);
}

/** The page each entry of a collection gets, if entries have pages of their own. */
export function pageOf(collection: CollectionName): EntryPage<EntryPageKind> | undefined {
  return (COLLECTIONS[collection] as { page?: EntryPage<EntryPageKind> }).page;
}

/** Where a collection's files live, for messages and docs. */
export function fileOf(collection: CollectionName): string {
  return COLLECTIONS[collection].storage === 'yaml'
    ? `content/${collection}.yaml`
    : `content/${collection}/<locale>/<slug>.mdx`;
}

/** The page of an entry in a locale: entryPath('sites', 'erqi-memorial-tower', 'en') → /en/sites/erqi-memorial-tower/. */
export function entryPath(collection: CollectionName, slug: string, locale: Locale): string {
  const page = pageOf(collection);
  if (!page) throw new Error(`Entries of ${collection} have no pages of their own`);
  return localizePath(page.key(slug), locale);
}
