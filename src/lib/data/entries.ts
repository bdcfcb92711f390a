/**
 * The only module that imports astro:content. It loads each collection once per build
 * (memoised), splits ids into locale and slug, and hands plain objects to the pure code.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { MDX_COLLECTIONS, PAGED_MDX_COLLECTIONS, type MdxCollectionName } from '../../collections.ts';
import { locales, type Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { splitEntryId } from './ids.ts';
import { buildRouteTable, RouteIndex, type RoutableEntry } from '../routing/routes.ts';

export type MdxCollection = MdxCollectionName;

export interface Entry<C extends MdxCollection = MdxCollection> {
  collection: C;
  id: string;
  locale: Locale;
  slug: string;
  data: CollectionEntry<C>['data'];
  /** The raw Astro entry, for render(). */
  raw: CollectionEntry<C>;
}

const cache = new Map<string, Promise<unknown>>();
/** Run `load` once per build and share its result (no per-page collection scans). */
export function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as Promise<T>;
}

export function getEntries<C extends MdxCollection>(collection: C): Promise<Entry<C>[]> {
  return once(`entries:${collection}`, async () => {
    const raw = (await getCollection(collection)) as CollectionEntry<C>[];
    return raw
      .map((r) => ({ collection, id: r.id, ...splitEntryId(r.id, r.filePath ?? r.id), data: r.data, raw: r }))
      .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  });
}

/** The entries of one collection in one locale, filtered once per build. */
export function getEntriesIn<C extends MdxCollection>(collection: C, locale: Locale): Promise<Entry<C>[]> {
  return once(`entries:${collection}:${locale}`, async () =>
    (await getEntries(collection)).filter((e) => e.locale === locale),
  );
}

export function getDepartments(): Promise<CollectionEntry<'departments'>['data'][]> {
  return once('departments', async () => (await getCollection('departments')).map((d) => d.data));
}

/** An entry by its `collection/locale/slug` reference (Route.entry), through a per-build map; undefined for refs that are not MDX entries (departments). */
export async function findEntry(ref: string): Promise<Entry | undefined> {
  const map = await once('entry-map', async () => {
    const all = new Map<string, Entry>();
    for (const c of MDX_COLLECTIONS) for (const e of await getEntries(c)) all.set(`${c}/${e.id}`, e as Entry);
    return all;
  });
  return map.get(ref);
}

/** The glossary of the plan's terms (content/glossary.yaml), in file order. */
export function getGlossary(): Promise<CollectionEntry<'glossary'>['data'][]> {
  return once('glossary', async () => (await getCollection('glossary')).map((g) => g.data));
}

export async function renderEntry(entry: Entry) {
  return render(entry.raw);
}

/** The route table of the whole site, built once per build. */
export function getRouteIndex(): Promise<RouteIndex> {
  return once('routes', async () => {
    const routable: RoutableEntry[] = [];
    for (const collection of PAGED_MDX_COLLECTIONS) {
      for (const e of await getEntries(collection)) {
        routable.push({
          collection,
          id: e.id,
          locale: e.locale,
          slug: e.slug,
          title: e.data.title,
          description: e.data.description,
        });
      }
    }
    for (const d of await getDepartments()) {
      for (const locale of locales) {
        const title = locale === 'en' ? d.nameEn : d.name;
        routable.push({
          collection: 'departments',
          id: d.id,
          locale,
          slug: d.id,
          title,
          description: t(locale, 'departments.pageDescription', { name: title }),
        });
      }
    }
    const table = buildRouteTable(routable);
    return new RouteIndex(table);
  });
}
