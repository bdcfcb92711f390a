/**
 * The records of the open-data files, built once per build from the content (Chinese
 * entries, with the English titles and texts where a translation exists). Every record
 * links its pages; the envelope carries the licence and attribution.
 */
import { COLLECTIONS } from '../../collections.ts';
import { t } from '../../i18n/t.ts';
import { buildDate } from '../build/build-info.ts';
import { getEntriesIn, getRouteIndex, once } from '../data/entries.ts';
import { absoluteUrl } from '../routing/paths.ts';
import { policyContext } from '../data/policy.ts';
import { notePlain } from '../domain/policy.ts';
import { DATA_LICENSE } from './files.ts';
import { plainText } from './plain-text.ts';
import type { SiteRecord } from './geojson.ts';

type Site = URL | string;

/** The top of every JSON file: what it is, its licence, where it is documented. */
export function envelope(site: Site, title: string) {
  return {
    title,
    publisher: `${t('zh-cn', 'site.name')} / ${t('en', 'site.name')}`,
    documentation: absoluteUrl('/data/', site),
    license: DATA_LICENSE.id,
    licenseUrl: DATA_LICENSE.url,
    attribution: t('zh-cn', 'data.attribution', { url: absoluteUrl('/data/', site) }),
    generated: buildDate(),
  };
}

/** zh and en URLs of a page, the English only when that page exists. */
async function urls(key: string, site: Site) {
  const routes = await getRouteIndex();
  const zh = routes.get(key, 'zh-cn');
  const en = routes.get(key, 'en');
  return { zh: absoluteUrl(zh!.path, site), ...(en ? { en: absoluteUrl(en.path, site) } : {}) };
}

const byslug = <T extends { slug: string }>(list: T[]) => new Map(list.map((e) => [e.slug, e]));

export function measureRecords(site: Site) {
  return once(`data:measures:${site}`, async () => {
    const [zh, en] = await Promise.all([policyContext('zh-cn'), policyContext('en')]);
    const chapters = (n: number) => ({
      zh: zh.policy?.data.chapters.find((c) => c.number === n)?.title,
      en: en.policy?.data.chapters.find((c) => c.number === n)?.title,
    });
    return Promise.all(
      zh.measures.map(async (m) => {
        const english = en.byNumber.get(m.number);
        const translated = english && !english.fallback ? english : undefined;
        return {
          number: m.number,
          chapter: m.chapter,
          chapterTitle: chapters(m.chapter),
          title: { zh: m.title, en: translated?.title ?? null },
          departments: m.departments.map((d) => ({ id: d.id, zh: d.data.name, en: d.data.nameEn })),
          departmentsAsWritten: m.entry.data.departments,
          text: {
            zh: plainText(m.entry.raw.body ?? ''),
            en: translated ? plainText(translated.entry.raw.body ?? '') : null,
          },
          editorNotes: m.entry.data.editorNotes.map(notePlain),
          url: await urls(COLLECTIONS.measures.page.key(String(m.number)), site),
        };
      }),
    );
  });
}

export async function siteRecords(site: Site): Promise<SiteRecord[]> {
  const [zh, en] = await Promise.all([getEntriesIn('sites', 'zh-cn'), getEntriesIn('sites', 'en')]);
  const english = byslug(en);
  return Promise.all(
    zh.map(async (s) => ({
      slug: s.slug,
      name: { zh: s.data.title, en: english.get(s.slug)?.data.title },
      kind: s.data.kind,
      place: s.data.place,
      address: s.data.address,
      lngLat: s.data.coordinates?.lngLat,
      precision: s.data.coordinates?.precision,
      url: await urls(COLLECTIONS.sites.page.key(s.slug), site),
    })),
  );
}

export async function productRecords(site: Site) {
  const [zh, en] = await Promise.all([getEntriesIn('products', 'zh-cn'), getEntriesIn('products', 'en')]);
  const english = byslug(en);
  return Promise.all(
    zh.map(async (p) => ({
      slug: p.slug,
      name: { zh: p.data.title, en: english.get(p.slug)?.data.title ?? null },
      registeredName: p.data.registeredName,
      places: p.data.places,
      productionArea: p.data.productionArea,
      harvestMonths: p.data.harvestMonths,
      geographicalIndications: p.data.giHistory,
      url: await urls(COLLECTIONS.products.page.key(p.slug), site),
    })),
  );
}

export async function routeRecords(site: Site) {
  const [zh, en, sitesZh, sitesEn] = await Promise.all([
    getEntriesIn('routes', 'zh-cn'),
    getEntriesIn('routes', 'en'),
    getEntriesIn('sites', 'zh-cn'),
    getEntriesIn('sites', 'en'),
  ]);
  const [english, siteZh, siteEn] = [byslug(en), byslug(sitesZh), byslug(sitesEn)];
  return Promise.all(
    zh.map(async (r) => ({
      slug: r.slug,
      title: { zh: r.data.title, en: english.get(r.slug)?.data.title ?? null },
      theme: r.data.theme,
      publisher: r.data.publisher,
      official: r.data.official,
      published: r.data.published,
      days: r.data.days ?? null,
      stops: await Promise.all(
        r.data.stops.map(async (s, i) => ({
          order: i + 1,
          site: s.site ?? null,
          name: {
            zh: (s.site && siteZh.get(s.site)?.data.title) || s.name || s.site,
            en: (s.site && siteEn.get(s.site)?.data.title) || null,
          },
          place: (s.site && siteZh.get(s.site)?.data.place) || s.place || null,
          day: s.day ?? null,
          url:
            s.site && siteZh.has(s.site) ? (await urls(COLLECTIONS.sites.page.key(s.site), site)).zh : null,
        })),
      ),
      url: await urls(COLLECTIONS.routes.page.key(r.slug), site),
    })),
  );
}
