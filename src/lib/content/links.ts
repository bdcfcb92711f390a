/**
 * Links from content to the site's own pages, checked before anything is built: the content
 * check knows every page the site will have (the same route table the build makes, from the
 * checked entries) and the anchors those pages will carry (headings, sources, terms,
 * timeline events, measures, progress items). A link to a page or #anchor that will not
 * exist is a problem naming the file, the line, the link and the closest existing page, so
 * a broken link never reaches readers. `npm run links` after a build still checks every
 * link the templates make.
 */
import { closest } from 'fastest-levenshtein';
import Slugger from 'github-slugger';
import { mdxToMdast } from 'satteri';
import { isCollectionName, pageOf } from '../../collections.ts';
import { isLocale, type Locale } from '../../i18n/locales.ts';
import type { DepartmentData } from '../../schemas/departments.ts';
import { buildRouteTable, type RoutableEntry } from '../routing/routes.ts';
import { splitLocale } from '../routing/paths.ts';
import type { MdNode } from './mdx/rules.ts';
import type { Problem } from './problems.ts';
import type { CheckedEntry } from './references.ts';

/**
 * Ids the page templates give their own sections (#facts-heading, #cite-heading, #chapter-3 …):
 * accepted without a check. Every other anchor — a heading of the content, a source, a
 * glossary term, a timeline event, a measure, a progress item — must be one the page will have.
 */
const TEMPLATE_IDS = /^(main|cite-[a-z-]+|[a-z0-9-]+-heading|chapter-\d+|file-[a-z0-9-]+|goal-2025-\d+)$/;

/** Files the build writes besides pages that content may link to (open data, feeds). */
const FILES = /^\/(en\/)?(feed\.xml)$|^\/data\/[a-z-]+\.(json|csv|geojson)$/;

/** The page a content file becomes, if it has one: its URL path. */
function pagePathOf(e: CheckedEntry, table: Map<string, string>): string | undefined {
  return table.get(`${e.collection}/${e.locale}/${e.slug}`);
}

/** Ids of the headings in an MDX body, as Astro makes them (github-slugger over the heading's text). */
function headingIds(tree: MdNode): string[] {
  const slugger = new Slugger();
  const ids: string[] = [];
  const text = (node: MdNode): string => {
    if (node.name === 'Pinyin') {
      const attr = (n: string) => String(node.attributes?.find((a) => a.name === n)?.value ?? '');
      return `${attr('zh')}（${attr('py')}）`;
    }
    if (node.name === 'Ref') return `[${node.attributes?.find((a) => a.name === 'n')?.value ?? ''}]`;
    return typeof node.value === 'string' && node.type !== 'yaml' ? node.value : (node.children ?? []).map(text).join('');
  };
  const walk = (node: MdNode) => {
    if (node.type === 'heading') ids.push(slugger.slug(text(node)));
    else node.children?.forEach(walk);
  };
  walk(tree);
  return ids;
}

/** Every internal link of a body: its target and its line. */
function linksIn(tree: MdNode): Array<{ url: string; line?: number }> {
  const links: Array<{ url: string; line?: number }> = [];
  const walk = (node: MdNode) => {
    if (node.type === 'link' && typeof node.url === 'string' && node.url.startsWith('/')) links.push({ url: node.url, line: node.position?.start.line });
    node.children?.forEach(walk);
  };
  walk(tree);
  return links;
}

interface SiteModel {
  /** Every page path, with the anchors known to be on it. */
  anchors: Map<string, Set<string>>;
}

/** The pages and anchors the site will have, from the checked entries. */
function siteModel(entries: CheckedEntry[], trees: Map<string, MdNode>, departments: DepartmentData[], glossaryIds: string[]): SiteModel {
  const routable: RoutableEntry[] = entries.flatMap((e) =>
    isCollectionName(e.collection) && pageOf(e.collection) && isLocale(e.locale)
      ? [{ collection: e.collection, id: `${e.locale}/${e.slug}`, locale: e.locale, slug: e.slug, title: e.slug, description: '' }]
      : [],
  );
  for (const id of new Set(departments.map((d) => d.id)))
    for (const locale of ['zh-cn', 'en'] as const) routable.push({ collection: 'departments', id, locale, slug: id, title: id, description: '' });
  // Two files that want one address are reported by the duplicates check; here the first one counts.
  const seen = new Set<string>();
  const unique = routable.filter((r) => {
    const key = `${r.collection}/${r.locale}/${r.slug}`;
    return !seen.has(key) && seen.add(key);
  });
  let routes: ReturnType<typeof buildRouteTable>;
  try {
    routes = buildRouteTable(unique);
  } catch {
    return { anchors: new Map() }; // two pages at one URL: reported elsewhere, links checked once it is fixed
  }
  const table = new Map(routes.filter((r) => r.entry && !r.untranslated).map((r) => [r.entry!, r.path]));
  const anchors = new Map(routes.map((r) => [r.path, new Set<string>()]));
  const add = (path: string | undefined, ...ids: string[]) => {
    const set = path ? anchors.get(path) : undefined;
    for (const id of ids) set?.add(id);
  };
  const local = (locale: Locale, path: string) => (locale === 'en' ? `/en${path}` : path);
  for (const locale of ['zh-cn', 'en'] as const) {
    add(local(locale, '/policy/glossary/'), ...glossaryIds.map((id) => `term-${id}`));
    add(local(locale, '/policy/'), ...Array.from({ length: 20 }, (_, i) => `measure-${i + 1}`), 'status', 'related', 'implements', 'toc-heading');
  }
  for (const e of entries) {
    const own = pagePathOf(e, table);
    const tree = trees.get(e.file);
    if (tree) add(own, ...headingIds(tree));
    const sources = Array.isArray(e.data.sources) ? e.data.sources.length : 0;
    add(own, 'sources', ...Array.from({ length: sources }, (_, i) => `source-${i + 1}`));
    if (e.collection === 'timeline') add(local(e.locale as Locale, '/timeline/'), `event-${e.slug}`);
    if (e.collection === 'measures') add(own, 'plain-words', 'progress');
    if (e.collection === 'progress' && Array.isArray(e.data.measures)) {
      for (const n of e.data.measures as number[]) add(local(e.locale as Locale, `/policy/measures/${n}/`), `progress-${e.slug}`);
    }
  }
  return { anchors };
}

/** The internal links of every checked entry against the pages and anchors the site will have. */
export function checkContentLinks(
  entries: CheckedEntry[],
  texts: Map<string, string>,
  departments: DepartmentData[],
  glossaryIds: string[],
): Problem[] {
  const trees = new Map<string, MdNode>();
  for (const e of entries) {
    try {
      trees.set(e.file, mdxToMdast(texts.get(e.file) ?? '') as MdNode);
    } catch {
      /* the body check reports the syntax error */
    }
  }
  const { anchors } = siteModel(entries, trees, departments, glossaryIds);
  if (anchors.size === 0) return [];
  const pages = [...anchors.keys()];
  const problems: Problem[] = [];
  for (const e of entries) {
    const tree = trees.get(e.file);
    if (!tree) continue;
    for (const { url, line } of linksIn(tree)) {
      const problem = linkProblem(url, e.locale, anchors, pages);
      if (problem) problems.push({ file: e.file, line, field: 'body', ...problem });
    }
  }
  return problems;
}

function linkProblem(
  url: string,
  locale: string,
  anchors: Map<string, Set<string>>,
  pages: string[],
): Omit<Problem, 'file' | 'line' | 'field'> | undefined {
  const [beforeHash, hash] = url.split('#', 2) as [string, string | undefined];
  const path = beforeHash.split('?')[0]!;
  if (FILES.test(path)) return undefined;
  const target = splitLocale(path).locale;
  if (target !== locale) {
    return {
      zh: `链接 ${url} 指向另一种语言的页面`,
      en: `the link ${url} leads to a page in the other language`,
      fixZh: locale === 'en' ? '英文页面链接英文页面：地址以 /en/ 开头' : '中文页面链接中文页面：地址不以 /en/ 开头',
      fixEn: locale === 'en' ? 'English pages link English pages: start the address with /en/' : 'Chinese pages link Chinese pages: do not start the address with /en/',
    };
  }
  const ids = anchors.get(path);
  if (!ids) {
    const same = pages.filter((p) => splitLocale(p).locale === locale);
    const near = closest(path.endsWith('/') ? path : `${path}/`, same);
    return {
      zh: `链接 ${url} 指向的页面不存在`,
      en: `the link ${url} leads to a page that does not exist`,
      fixZh: `最接近的已有页面是 ${near}；本站的地址以 / 结尾`,
      fixEn: `the closest existing page is ${near}; addresses on this site end with /`,
    };
  }
  if (hash && !TEMPLATE_IDS.test(hash) && !ids.has(decodeURIComponent(hash))) {
    const near = ids.size ? closest(decodeURIComponent(hash), [...ids]) : undefined;
    return {
      zh: `链接 ${url} 中的锚点 #${hash} 在该页面上不存在`,
      en: `the anchor #${hash} of the link ${url} does not exist on that page`,
      fixZh: near ? `最接近的已有锚点是 #${near}；也可以只链接页面 ${path}` : `只链接页面 ${path}`,
      fixEn: near ? `the closest existing anchor is #${near}; or link the page ${path} alone` : `link the page ${path} alone`,
    };
  }
  return undefined;
}
