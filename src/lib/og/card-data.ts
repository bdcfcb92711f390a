/**
 * The Open Graph card of a page, from the route table and the page's content entry. Used
 * by the image endpoint (to draw it) and by BaseLayout (for og:image:alt), so both always
 * describe the same picture.
 */
import { punct } from '../../i18n/punct.ts';
import { t, type UiKey } from '../../i18n/t.ts';
import { catalog } from '../data/catalog.ts';
import { findEntry, once } from '../data/entries.ts';
import { chapterLabel } from '../domain/policy.ts';
import { policyContext } from '../data/policy.ts';
import type { Route } from '../routing/routes.ts';
import { makeCard } from './card.ts';
import type { OgCard } from './template.ts';

/** Section names for plain pages, by the first segments of the neutral path (longest first). */
const SECTIONS: Array<[prefix: string, label: UiKey]> = [
  ['/policy/departments/', 'departments.title'],
  ['/policy/', 'nav.policy'],
  ['/sites/', 'nav.sites'],
  ['/products/', 'nav.products'],
  ['/routes/', 'nav.routes'],
  ['/timeline/', 'timeline.title'],
];

export function ogCard(route: Route): Promise<OgCard> {
  return once(`og-card:${route.path}`, () => buildCard(route));
}

async function buildCard(route: Route): Promise<OgCard> {
  const { locale, title } = route;
  const entry = route.entry ? await findEntry(route.entry) : undefined;
  // The entry's fields, typed loosely: each branch reads the fields of its own collection.
  const d = (entry?.data ?? {}) as Record<string, unknown>;
  const places = (await catalog(locale)).placeBySlug;
  const placeName = (slug: string) => places.get(slug)?.data.title ?? slug;
  switch (route.kind) {
    case 'home':
      return makeCard(locale, 'plain', title, [t(locale, 'og.home')]);
    case 'policy':
      return makeCard(locale, 'plain', title, [d.issuer as string]);
    case 'measure': {
      const policy = (await policyContext(locale)).policy;
      const chapter = policy?.data.chapters.find((c) => c.number === d.chapter);
      const chapterText = chapter ? `${chapterLabel(chapter.number, locale)}${chapter.title}` : undefined;
      return makeCard(locale, 'measure', title, [
        t(locale, 'measure.label', { n: d.number as number }),
        chapterText,
      ]);
    }
    case 'site':
      return makeCard(locale, 'entry', title, [
        placeName(d.place as string),
        t(locale, `kind.${d.kind}` as UiKey),
      ]);
    case 'product':
      return makeCard(locale, 'entry', title, [
        (d.places as string[]).map(placeName).join(punct(locale).enum),
        t(locale, 'og.product'),
      ]);
    case 'route':
      return makeCard(locale, 'entry', title, [
        t(locale, 'og.route'),
        t(locale, 'route.stopCount', { count: (d.stops as unknown[]).length }),
      ]);
    case 'place':
      return makeCard(locale, 'entry', title, [
        t(locale, `og.placeKind.${d.kind}` as UiKey),
        locale === 'zh-cn' ? (d.pinyin as string) : undefined,
      ]);
    default: {
      const section = SECTIONS.find(([prefix]) => route.key.startsWith(prefix));
      const label = section ? t(locale, section[1]) : undefined;
      return makeCard(locale, 'plain', title, [label && label !== title ? label : route.description]);
    }
  }
}
