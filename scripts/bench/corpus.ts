/**
 * The synthetic corpus: the real content plus generated entries until the site has N
 * pages. New entries are copies of real ones (same fields, sources and notes) with a new
 * slug, title, description and a body mixed from real sentences, in both languages (every
 * tenth only in Chinese). References stay valid: sites, products and timeline events
 * point to existing places, route stops and timeline events to existing sites.
 */
import { stringify } from 'yaml';
import { syntheticTitles } from './names.ts';
import { LOCALES, type Locale, type RealContent, type RealEntry } from './real-content.ts';
import { kebab, mixedBody, mixedDescription, pick, seededRandom, type Random } from './synthetic-text.ts';

/** Collections whose entries are pages, and their share of the added pages. */
const WEIGHTS: Record<string, number> = { sites: 0.4, products: 0.2, routes: 0.1, places: 0.15, pages: 0.15 };
/** Generation order: what is referenced comes first. */
const ORDER = ['places', 'sites', 'products', 'routes', 'pages', 'timeline'];
/** Pages that exist without an entry: 8 fixed pages and 404, in both languages. */
const FIXED_PAGES = 9 * 2;

export interface Corpus {
  /** content-relative path (sites/zh-cn/x.mdx) → file text, generated entries only. */
  files: Map<string, string>;
  /** HTML pages the site will have (route table + 404 pages). */
  pages: number;
  /** MDX entries in all (real + generated). */
  entries: number;
  /** A generated Chinese site page, to change for the incremental test. */
  probe: string;
}

interface Ref {
  slug: string;
  bilingual: boolean;
}

export function buildCorpus(real: RealContent, targetPages: number, departments: number, seed = 62): Corpus {
  const pageCollections = new Set(['policy', 'measures', ...Object.keys(WEIGHTS)]);
  const realPages =
    real.entries.filter((e) => pageCollections.has(e.collection)).length + FIXED_PAGES + 2 * departments;
  const plan = allocate(targetPages - realPages);
  const rnd = seededRandom(seed);
  const files = new Map<string, string>();
  const refs: Record<string, Ref[]> = {
    places: real.byCollection('places', 'zh-cn').map((e) => ({ slug: e.slug, bilingual: true })),
    sites: real.byCollection('sites', 'en').map((e) => ({ slug: e.slug, bilingual: true })),
  };
  let probe = '';
  for (const collection of ORDER) {
    const used = new Set(real.byCollection(collection, 'zh-cn').map((e) => e.slug));
    (plan[collection] ?? []).forEach((bilingual, i) => {
      const { titles, kind } = syntheticTitles(collection, i);
      let slug = kebab(titles.en);
      for (let n = 2; used.has(slug); n++) slug = `${kebab(titles.en)}-${n}`;
      used.add(slug);
      const shared = sharedFields(collection, rnd, refs, kind);
      if (collection === 'places') shared.pinyin = titles.en;
      for (const locale of bilingual ? LOCALES : (['zh-cn'] as Locale[])) {
        const templates = real.byCollection(collection, locale);
        const template = templates[i % templates.length]!;
        const data = entryData(template, titles[locale], shared, rnd, real, locale);
        const body = mixedBody(rnd, real.pools, locale, template.body.length, /^## /m.test(template.body));
        const path = `${collection}/${locale}/${slug}.mdx`;
        files.set(path, `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`);
        if (!probe && collection === 'sites' && locale === 'zh-cn') probe = path;
      }
      if (refs[collection]) refs[collection].push({ slug, bilingual });
    });
  }
  const added = Object.values(plan).flat();
  const pages =
    realPages +
    Object.entries(plan).reduce(
      (n, [c, list]) => n + (c in WEIGHTS ? list.reduce((s, b) => s + (b ? 2 : 1), 0) : 0),
      0,
    );
  return { files, pages, entries: real.entries.length + added.reduce((s, b) => s + (b ? 2 : 1), 0), probe };
}

/** Which entries to add to each collection (true = in both languages) to reach `pages` more pages. */
function allocate(pages: number): Record<string, boolean[]> {
  const plan: Record<string, boolean[]> = {};
  const count: Record<string, number> = {};
  let added = 0;
  for (let k = 0; added < pages; k++) {
    const collection = Object.keys(WEIGHTS).sort(
      (a, b) => (count[a] ?? 0) / WEIGHTS[a]! - (count[b] ?? 0) / WEIGHTS[b]!,
    )[0]!;
    const bilingual = k % 10 !== 9 && pages - added >= 2;
    (plan[collection] ??= []).push(bilingual);
    count[collection] = (count[collection] ?? 0) + (bilingual ? 2 : 1);
    added += bilingual ? 2 : 1;
  }
  // Timeline events make no page of their own (they share /timeline/): one per ten pages added.
  plan.timeline = Array.from({ length: Math.round(pages / 10) }, () => true);
  return plan;
}

/** Fields both languages of one entry share: its references and kind. */
function sharedFields(
  collection: string,
  rnd: Random,
  refs: Record<string, Ref[]>,
  kind?: string,
): Record<string, unknown> {
  const place = () => pick(rnd, refs.places!).slug;
  const bilingualSites = () => refs.sites!.filter((s) => s.bilingual);
  switch (collection) {
    case 'sites':
      return { place: place(), kind, jitter: [rnd() - 0.5, rnd() - 0.5] };
    case 'products':
      return { places: [...new Set([place(), ...(rnd() < 0.3 ? [place()] : [])])] };
    case 'routes': {
      const sites = bilingualSites();
      return { stops: Array.from({ length: 2 + Math.floor(rnd() * 6) }, () => pick(rnd, sites).slug) };
    }
    case 'places':
      return { kind };
    case 'timeline':
      return { places: [place()], sites: rnd() < 0.6 ? [pick(rnd, bilingualSites()).slug] : [] };
    default:
      return {};
  }
}

function entryData(
  template: RealEntry,
  title: string,
  shared: Record<string, unknown>,
  rnd: Random,
  real: RealContent,
  locale: Locale,
) {
  const data = structuredClone(template.data) as Record<string, unknown>;
  data.title = title;
  data.description = mixedDescription(rnd, real.pools, locale, title, String(template.data.description));
  delete data.lastUpdated;
  switch (template.collection) {
    case 'sites': {
      const [dx, dy] = shared.jitter as [number, number];
      const lngLat = (data.coordinates as { lngLat?: [number, number] } | undefined)?.lngLat;
      if (lngLat)
        (data.coordinates as { lngLat: number[] }).lngLat = [
          +(lngLat[0] + dx * 0.4).toFixed(5),
          +(lngLat[1] + dy * 0.4).toFixed(5),
        ];
      Object.assign(data, { place: shared.place, kind: shared.kind, otherNames: [], address: title });
      break;
    }
    case 'products':
      Object.assign(data, { places: shared.places, commonNames: [], registeredName: title });
      break;
    case 'routes': {
      const notes = (template.data.stops as Array<{ note?: string }>).map((s) => s.note).filter(Boolean);
      data.stops = (shared.stops as string[]).map((site, k) => ({
        site,
        ...(notes[k] ? { note: notes[k] } : {}),
      }));
      data.theme = title;
      delete data.days;
      break;
    }
    case 'places':
      Object.assign(data, { kind: shared.kind, pinyin: shared.pinyin });
      break;
    case 'timeline':
      Object.assign(data, { places: shared.places, sites: shared.sites });
      break;
  }
  return data;
}
