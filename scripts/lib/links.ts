import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { filesUnder } from '../../src/lib/build/files.ts';
import { isAdminPath } from '../../src/lib/build/admin.ts';
import { stripBase, withBase } from '../../src/lib/routing/base.ts';

/**
 * The link check of a built site (`npm run links`): every internal href and #anchor must
 * resolve to a file in dist/ and an element id in the target page; a link into a page of
 * the other language must say so with `hreflang` (the language switch and the "Chinese
 * original" link do). External links are listed, never fetched. Pure: it gets the pages'
 * HTML and the list of files.
 */

export interface BuiltPage {
  /** URL path of the page, e.g. /en/sites/erqi-memorial-tower/ or /404.html. */
  urlPath: string;
  html: string;
}

export interface LinkProblem {
  page: string;
  href: string;
  zh: string;
  en: string;
  fixZh: string;
  fixEn: string;
}

export interface LinkReport {
  problems: LinkProblem[];
  /** External URL -> pages linking to it. */
  external: Map<string, string[]>;
}

interface PageFacts {
  lang: string;
  ids: Set<string>;
  links: Array<{ href: string; hreflang?: string; anchor: boolean }>;
}

function readPage(html: string): PageFacts {
  const root = parse(html);
  const ids = new Set([
    ...root.querySelectorAll('[id]').map((e) => e.id),
    ...root.querySelectorAll('a[name]').map((e) => e.getAttribute('name')!),
  ]);
  const links: PageFacts['links'] = [];
  for (const a of root.querySelectorAll('a[href]'))
    links.push({ href: a.getAttribute('href')!, hreflang: a.getAttribute('hreflang'), anchor: true });
  for (const l of root.querySelectorAll('link[href]')) {
    if (!/preconnect|dns-prefetch/.test(l.getAttribute('rel') ?? ''))
      links.push({ href: l.getAttribute('href')!, anchor: false });
  }
  for (const e of root.querySelectorAll('img[src], script[src], source[src]'))
    links.push({ href: e.getAttribute('src')!, anchor: false });
  return { lang: root.querySelector('html')?.getAttribute('lang') ?? '', ids, links };
}

/** The dist/ file a site path is served from, or why it is not there. */
function resolveFile(path: string, files: Set<string>): { file?: string; slash?: boolean } {
  if (path.endsWith('/')) return files.has(`${path}index.html`) ? { file: `${path}index.html` } : {};
  if (files.has(path)) return { file: path };
  return files.has(`${path}/index.html`) ? { slash: true } : {};
}

const htmlPath = (urlPath: string) => (urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);

/** A built site as the check needs it: every file as a site path (/sites/x/index.html) and every page's HTML. */
export function readBuiltSite(dist: string): { files: Set<string>; pages: BuiltPage[] } {
  const files = new Set(filesUnder(dist).map((f) => `/${f.split(/[\\/]/).join('/')}`));
  const pages = [...files]
    // The CMS at /admin/ is not a reader page: its links are its own bundle's.
    .filter((f) => f.endsWith('.html') && !isAdminPath(f))
    .sort()
    .map((f) => ({
      urlPath: f.replace(/(^|\/)index\.html$/, '$1'),
      html: readFileSync(join(dist, f), 'utf8'),
    }));
  return { files, pages };
}

/**
 * `base`: the path the site is served under (BASE_PATH); every internal link must lead
 * under it. Page paths and files are those of dist/, which sits at the base.
 */
export function checkLinks(pages: BuiltPage[], files: Set<string>, origin: string, base = '/'): LinkReport {
  const facts = new Map(pages.map((p) => [htmlPath(p.urlPath), readPage(p.html)]));
  const problems: LinkProblem[] = [];
  const external = new Map<string, string[]>();
  for (const page of pages) {
    const here = facts.get(htmlPath(page.urlPath))!;
    for (const link of here.links) {
      const problem = (m: Omit<LinkProblem, 'page' | 'href'>) =>
        problems.push({ page: page.urlPath, href: link.href, ...m });
      let url: URL;
      try {
        url = new URL(link.href, origin + withBase(page.urlPath, base));
      } catch {
        problem(say.malformed());
        continue;
      }
      if (url.origin !== origin) {
        if (/^https?:$/.test(url.protocol))
          external.set(url.href, [...new Set([...(external.get(url.href) ?? []), page.urlPath])]);
        continue;
      }
      const full = decodeURIComponent(url.pathname);
      if (base !== '/' && !full.startsWith(base) && full !== base.slice(0, -1)) {
        problem(say.outsideBase(full, base));
        continue;
      }
      const path = stripBase(full, base);
      const { file, slash } = resolveFile(path, files);
      if (!file) {
        problem(slash ? say.slash(path) : say.missing(path));
        continue;
      }
      const target = facts.get(file);
      const id = decodeURIComponent(url.hash.slice(1));
      if (target && id && !target.ids.has(id)) problem(say.anchor(id, path));
      if (target && link.anchor && target.lang !== here.lang && !link.hreflang)
        problem(say.language(here.lang, target.lang));
    }
  }
  return { problems, external };
}

const say = {
  malformed: () => ({
    zh: '链接地址无法解析',
    en: 'the link cannot be parsed',
    fixZh: '检查链接的写法',
    fixEn: 'check how the link is written',
  }),
  outsideBase: (path: string, base: string) => ({
    zh: `${path} 不在网站所在的路径 ${base} 下`,
    en: `${path} is not under the site's base path ${base}`,
    fixZh: '站内链接要经过 src/lib/routing/base.ts（withBase）或写成站内路径由中间件加上前缀',
    fixEn:
      'internal links go through src/lib/routing/base.ts (withBase), or are site paths the middleware prefixes',
  }),
  missing: (path: string) => ({
    zh: `找不到页面或文件 ${path}`,
    en: `no page or file at ${path}`,
    fixZh: '检查路径拼写，或先添加该页面',
    fixEn: 'check the spelling of the path, or add the page first',
  }),
  slash: (path: string) => ({
    zh: `${path} 缺少结尾的 /`,
    en: `${path} lacks its trailing /`,
    fixZh: `写成 ${path}/`,
    fixEn: `write ${path}/`,
  }),
  anchor: (id: string, path: string) => ({
    zh: `页面 ${path} 中没有锚点 #${id}`,
    en: `page ${path} has no anchor #${id}`,
    fixZh: '检查 # 后面的名称（如 #measure-12），或删去它',
    fixEn: 'check the name after # (e.g. #measure-12), or remove it',
  }),
  language: (from: string, to: string) => ({
    zh: `从 ${from} 页面链接到 ${to} 页面`,
    en: `a ${from} page links to a ${to} page`,
    fixZh: '中文页面链接中文路径（/sites/…），英文页面链接 /en/ 路径；确实要跨语言时加 hreflang',
    fixEn:
      'link Chinese pages to Chinese paths (/sites/…) and English pages to /en/ paths; add hreflang when crossing on purpose',
  }),
};
