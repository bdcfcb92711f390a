/**
 * Everything a page's citation block and downloads show, gathered once per page from the
 * route table, the content and the build: the page as a cited work and, on the policy and
 * measure pages, the plan itself. Formatting is done by the pure code in src/lib/citation/.
 */
import { langOf, type Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { buildDate } from '../build/build-info.ts';
import { findEntry, getEntriesIn, getRouteIndex } from '../data/entries.ts';
import { absoluteUrl } from '../routing/paths.ts';
import { lastUpdated } from '../data/provenance.ts';
import type { Route } from '../routing/routes.ts';
import { pageWork, planWork } from './page-works.ts';
import type { CitedWork } from './types.ts';

export interface PageCitations {
  page: CitedWork;
  /** The plan, for GB/T 7714 (always the Chinese original) and for APA (in the page's language). */
  plan?: { gb: CitedWork; apa: CitedWork };
}

/** The title a page is cited by: measures carry their number (第12条 …, Measure 12: …). */
async function citedTitle(route: Route): Promise<string> {
  const entry = route.entry ? await findEntry(route.entry) : undefined;
  if (route.kind === 'measure' && entry) {
    const n = (entry.data as { number: number }).number;
    return `${t(route.locale, 'measure.label', { n })}${route.locale === 'en' ? ': ' : ' '}${route.title}`;
  }
  return route.title;
}

async function planFor(locale: Locale, accessed: string) {
  const zh = (await getEntriesIn('policy', 'zh-cn'))[0]?.data;
  if (!zh) return undefined;
  const en = (await getEntriesIn('policy', 'en'))[0]?.data;
  const common = { dateIssued: zh.dateIssued, officialPage: zh.official.pageUrl, accessed };
  const gb = planWork({ ...common, issuer: zh.issuer, noticeTitle: zh.noticeTitle, docNumber: zh.docNumber });
  const apa =
    locale === 'en' && en
      ? planWork({
          ...common,
          issuer: en.issuer,
          noticeTitle: zh.noticeTitle,
          noticeTitleRomanized: en.noticeTitleRomanized,
          noticeTitleEnglish: en.noticeTitle,
          docNumber: en.docNumberRomanized ?? zh.docNumber,
        })
      : gb;
  return { gb, apa };
}

export async function pageCitations(route: Route, site: URL | string): Promise<PageCitations> {
  const routes = await getRouteIndex();
  const accessed = buildDate();
  const entry = route.entry ? await findEntry(route.entry) : undefined;
  const english = route.locale === 'zh-cn' ? routes.get(route.key, 'en') : undefined;
  const page = pageWork({
    title: await citedTitle(route),
    englishTitle: english ? await citedTitle(english) : undefined,
    url: absoluteUrl(route.path, site),
    siteName: t(route.locale, 'site.name'),
    language: langOf[route.locale],
    updated: entry?.raw.filePath ? lastUpdated(entry.raw.filePath, entry.data.lastUpdated) : undefined,
    accessed,
  });
  const plan = route.kind === 'policy' || route.kind === 'measure' ? await planFor(route.locale, accessed) : undefined;
  return { page, plan };
}
