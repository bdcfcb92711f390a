/**
 * The citation downloads of every citable page, one row per page of the route table:
 * /cite/<path>.json (CSL-JSON, the page's citation data as it is), and made from it
 * /cite/<path>.bib (BibTeX, also read by biblatex) and /cite/<path>.ris (RIS). On the policy
 * and measure pages the plan itself is a second entry. In a build the routes make no pages themselves:
 * their getStaticPaths writes every file into .astro/cite-files/ and lists it for the
 * build-files integration (src/lib/build/files.ts). The dev server serves each from GET.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { folderMaker, pruneFolder, writeBuildFiles } from '../build/files.ts';
import { getRouteIndex, once } from '../data/entries.ts';
import { pageCitations } from './page-data.ts';
import { bibtexFile } from './bibtex.ts';
import { ris } from './ris.ts';
import { CITABLE_KINDS, citeParam, type CiteFormat } from './paths.ts';

const FORMATS: CiteFormat[] = ['json', 'bib', 'ris'];

/**
 * The downloads of every citable page, written once per build however many routes ask:
 * each page's citation data is gathered once for all formats. Unchanged files are left
 * alone (most of them on a rebuild); a changed one is replaced by a new file, never rewritten
 * in place, because an earlier dist/ may hold a hard link to it. Files of pages that are gone
 * are deleted from .astro/.
 */
const writeCiteFiles = () =>
  once('cite-files', async () => {
    const routes = (await getRouteIndex()).routes.filter((r) => CITABLE_KINDS.has(r.kind));
    const root = process.cwd();
    const folder = join(root, '.astro', 'cite-files');
    const site = new URL(import.meta.env.SITE);
    const ensureFolder = folderMaker();
    const lists = await Promise.all(
      routes.map(async (route) =>
        Promise.all(
          FORMATS.map(async (format) => {
            const out = `cite/${citeParam(route.path)}.${format}`;
            const file = join(folder, out);
            const text = await citeFile(route, site, format);
            if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
              ensureFolder(file);
              writeFileSync(`${file}.new`, text);
              renameSync(`${file}.new`, file);
            }
            return { out, file };
          }),
        ),
      ),
    );
    writeBuildFiles(root, 'cite', lists.flat());
    pruneFolder(folder, new Set(lists.flat().map((l) => l.out)));
  });

/** getStaticPaths of /cite/[...path].<format>: every path in dev, none in a build (see above). */
export function citeStaticPaths() {
  return async () => {
    if (!import.meta.env.DEV) {
      await writeCiteFiles();
      return [];
    }
    const routes = (await getRouteIndex()).routes.filter((r) => CITABLE_KINDS.has(r.kind));
    return routes.map((route) => ({ params: { path: citeParam(route.path) }, props: { route } }));
  };
}

/** One download: the page's items (the page, then the plan in the page's language) in one format. */
export async function citeFile(
  route: Parameters<typeof pageCitations>[0],
  site: URL,
  format: CiteFormat,
): Promise<string> {
  const { page, plan } = await pageCitations(route, site);
  const items = [page, ...(plan ? [plan.local] : [])];
  if (format === 'json') return JSON.stringify(items, null, 2) + '\n';
  return format === 'bib' ? bibtexFile(items) : ris(items);
}
