/**
 * Everything a page's citation block, downloads and citation meta tags show, gathered once
 * per page from the route table, the content and the build, as CSL-JSON items: the page
 * itself and, on the policy and measure pages, the plan. Every format is made from these
 * items by the code in src/lib/citation/.
 */
import { langOf, type Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { buildDate } from '../build/build-info.ts';
import { findEntry, getEntriesIn, getRouteIndex, once } from '../data/entries.ts';
import { pageUpdated } from '../data/page-updated.ts';
import { measureTitle } from '../domain/policy.ts';
import { absoluteUrl } from '../routing/paths.ts';
import type { Route } from '../routing/routes.ts';
import type { CslItem } from './csl-json.ts';
import { pageItem, planItem } from './page-works.ts';
import { citeKey, PLAN_KEY } from './paths.ts';

export interface PageCitations {
  /** The page itself. */
  page: CslItem;
  /**
   * The plan, on the policy and measure pages: `local` in the page's language (in the
   * downloads and for APA) and `original`, the Chinese original GB/T 7714 always cites.
   */
  plan?: { local: CslItem; original: CslItem };
}

/** The title a page is cited by: measures carry their number (第12条 …, Measure 12: …). */
async function citedTitle(route: Route): Promise<string> {
  const entry = route.entry ? await findEntry(route.entry) : undefined;
  if (route.kind === 'measure' && entry) {
    const n = (entry.data as { number: number }).number;
    return measureTitle(route.locale, n, route.title);
  }
  return route.title;
}

const planFor = (locale: Locale, accessed: string) =>
  once(`cite-plan:${locale}`, async () => {
    const zh = (await getEntriesIn('policy', 'zh-cn'))[0]?.data;
    if (!zh) return undefined;
    const en = (await getEntriesIn('policy', 'en'))[0]?.data;
    const common = { id: PLAN_KEY, dateIssued: zh.dateIssued, officialPage: zh.official.pageUrl, accessed };
    const original = planItem({
      ...common,
      issuer: zh.issuer,
      noticeTitle: zh.noticeTitle,
      docNumber: zh.docNumber,
      genre: t('zh-cn', 'cite.planGenre'),
    });
    const local =
      locale === 'en' && en
        ? planItem({
            ...common,
            issuer: en.issuer,
            noticeTitle: zh.noticeTitle,
            noticeTitleRomanized: en.noticeTitleRomanized,
            noticeTitleEnglish: en.noticeTitle,
            docNumber: en.docNumberRomanized ?? zh.docNumber,
            genre: t('en', 'cite.planGenre'),
          })
        : original;
    return { local, original };
  });

/** A page's citations, gathered once per build for its page, its cite block and its three downloads. */
export const pageCitations = (route: Route, site: URL | string): Promise<PageCitations> =>
  once(`cite:${route.path}:${String(site)}`, () => gather(route, site));

async function gather(route: Route, site: URL | string): Promise<PageCitations> {
  const accessed = buildDate();
  // An English address that shows an untranslated Chinese page cites the Chinese original.
  const cited = (route.untranslated && (await getRouteIndex()).get(route.key, 'zh-cn')) || route;
  const page = pageItem({
    id: citeKey(route.path),
    title: await citedTitle(cited),
    url: absoluteUrl(cited.path, site),
    siteName: t(cited.locale, 'site.name'),
    language: langOf[cited.locale],
    updated: await pageUpdated(cited),
    accessed,
  });
  const plan =
    route.kind === 'policy' || route.kind === 'measure' ? await planFor(route.locale, accessed) : undefined;
  return { page, plan };
}
