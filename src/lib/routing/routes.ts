import { isCollectionName, pageOf, type EntryPageKind } from '../../collections.ts';
import { locales, otherLocale, type Locale } from '../../i18n/locales.ts';
import { t, type UiKey } from '../../i18n/t.ts';
import { localizePath, normalizePath, parentPath } from './paths.ts';

/**
 * The route table: every page of the site, in every locale it exists in. Pages
 * (getStaticPaths), the language switch, hreflang, the sitemap check and later the Open
 * Graph images and data exports all read this one table. Pure: it gets plain data.
 */

/** Pages that exist once per locale and have no content entry of their own. */
export type FixedPageKind =
  | 'home'
  | 'departments'
  | 'glossary'
  | 'timeline'
  | 'search'
  | 'sites'
  | 'products'
  | 'routes'
  | 'topics'
  | 'places'
  | 'goals'
  | 'data';

/** What a page is: a fixed page, or the page of an entry of a collection (src/collections.ts). */
export type RouteKind = FixedPageKind | EntryPageKind;

export interface Route {
  /** Locale-neutral path shared by a page and its translation, e.g. /policy/measures/12/. */
  key: string;
  locale: Locale;
  /** URL path of this page, e.g. /en/policy/measures/12/. */
  path: string;
  kind: RouteKind;
  title: string;
  description: string;
  /** `collection/id` of the content entry behind the page, when there is one. */
  entry?: string;
  /**
   * true for an English address whose page has no translation yet: it shows the Chinese
   * entry with a notice, is not indexed (noindex, no search index, canonical to Chinese)
   * and is never offered as the English alternate.
   */
  untranslated?: boolean;
}

/** A content entry as the table needs it. */
export interface RoutableEntry {
  collection: string;
  id: string;
  locale: Locale;
  slug: string;
  title: string;
  description: string;
}

/** Fixed pages that exist in every locale, with the dictionary keys of their title and description. */
const FIXED: Array<{ key: string; kind: FixedPageKind; title: UiKey; description: UiKey }> = [
  { key: '/', kind: 'home', title: 'home.title', description: 'site.description' },
  {
    key: '/policy/departments/',
    kind: 'departments',
    title: 'departments.title',
    description: 'departments.description',
  },
  {
    key: '/policy/glossary/',
    kind: 'glossary',
    title: 'glossary.title',
    description: 'glossary.description',
  },
  { key: '/policy/goals/', kind: 'goals', title: 'goals.title', description: 'goals.description' },
  { key: '/timeline/', kind: 'timeline', title: 'timeline.title', description: 'timeline.description' },
  { key: '/search/', kind: 'search', title: 'search.title', description: 'search.description' },
  { key: '/sites/', kind: 'sites', title: 'nav.sites', description: 'home.sites.desc' },
  { key: '/products/', kind: 'products', title: 'nav.products', description: 'home.products.desc' },
  { key: '/routes/', kind: 'routes', title: 'nav.routes', description: 'home.routes.desc' },
  { key: '/topics/', kind: 'topics', title: 'topics.title', description: 'topics.description' },
  { key: '/places/', kind: 'places', title: 'places.title', description: 'places.description' },
  { key: '/data/', kind: 'data', title: 'data.title', description: 'data.description' },
];

export function buildRouteTable(entries: RoutableEntry[]): Route[] {
  const routes: Route[] = [];
  for (const { key, kind, title, description } of FIXED) {
    for (const locale of locales) {
      routes.push({
        key,
        locale,
        path: localizePath(key, locale),
        kind,
        title: t(locale, title),
        description: t(locale, description),
      });
    }
  }
  for (const e of entries) {
    const page = isCollectionName(e.collection) ? pageOf(e.collection) : undefined;
    if (!page) continue;
    const key = normalizePath(page.key(e.slug));
    routes.push({
      key,
      locale: e.locale,
      path: localizePath(key, e.locale),
      kind: page.kind,
      title: e.title,
      description: e.description,
      entry: `${e.collection}/${e.id}`,
    });
  }
  routes.push(...untranslatedRoutes(routes));
  const seen = new Set<string>();
  for (const r of routes) {
    if (seen.has(r.path)) throw new Error(`Two pages want the same URL ${r.path}; rename one of the files`);
    seen.add(r.path);
  }
  return routes;
}

/** English addresses for Chinese entries that have no English translation yet. */
function untranslatedRoutes(routes: Route[]): Route[] {
  const english = new Set(routes.filter((r) => r.locale === 'en').map((r) => r.key));
  return routes
    .filter((r) => r.locale === 'zh-cn' && r.entry && !english.has(r.key))
    .map((r) => ({ ...r, locale: 'en' as const, path: localizePath(r.key, 'en'), untranslated: true }));
}

/** Fast lookups over a route table; build once per build, not per page. */
export class RouteIndex {
  private byPath = new Map<string, Route>();
  readonly routes: Route[];
  // A plain field, not a parameter property: Node's type stripping (the content check runs
  // this file without a compiler) only removes types, it does not compile TypeScript syntax.
  constructor(routes: Route[]) {
    this.routes = routes;
    for (const r of routes) this.byPath.set(r.path, r);
  }
  get(key: string, locale: Locale): Route | undefined {
    return this.byPath.get(localizePath(key, locale));
  }
  ofKind(kind: RouteKind, locale?: Locale): Route[] {
    return this.routes.filter((r) => r.kind === kind && (!locale || r.locale === locale));
  }
  /** The same page in every locale where it exists (for hreflang). */
  alternates(route: Route): Route[] {
    return locales
      .map((l) => this.get(route.key, l))
      .filter((r): r is Route => r !== undefined && !r.untranslated);
  }
  /**
   * Where the language switch leads: the same page in the other language, or, when it is
   * not translated, the nearest parent page that exists there (`fallback: true`).
   */
  switchTarget(route: Route): { route: Route; fallback: boolean } {
    const target = otherLocale(route.locale);
    const same = this.get(route.key, target);
    if (same && !same.untranslated) return { route: same, fallback: false };
    for (let key = parentPath(route.key); key !== undefined; key = parentPath(key)) {
      const parent = this.get(key, target);
      if (parent && !parent.untranslated) return { route: parent, fallback: true };
    }
    throw new Error(`No page in ${target} to switch to from ${route.path}`);
  }
}
