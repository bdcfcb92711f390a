import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Every HTML file of dist/ with its URL; pages marked noindex (untranslated addresses) are left out. */
function indexablePages(outDir: string): Array<{ url: string; content: string }> {
  const pages: Array<{ url: string; content: string }> = [];
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, d.name);
      if (d.isDirectory()) walk(full);
      else if (d.name.endsWith('.html')) {
        const content = readFileSync(full, 'utf8');
        if (/<meta name="robots" content="noindex"/.test(content)) continue;
        pages.push({
          url:
            '/' +
            relative(outDir, full)
              .split(sep)
              .join('/')
              .replace(/(^|\/)index\.html$/, '$1'),
          content,
        });
      }
    }
  };
  walk(outDir);
  return pages;
}

/**
 * Builds the Pagefind search index after Astro has written dist/, with Pagefind's Node API
 * (the exact version is pinned in package.json; its npm binary is the extended one, which
 * segments Chinese with jieba). One index per language, taken from <html lang>. Only
 * content inside data-pagefind-body is indexed, so header, footer and navigation are not.
 * Any error fails the build, and the Pagefind service is always closed.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const pages = indexablePages(outDir);
          const results = await Promise.all(pages.map((page) => index.addHTMLFile(page)));
          results.forEach((added, i) => {
            if (added.errors.length) throw new Error(`Pagefind could not index ${pages[i]!.url}: ${added.errors.join('; ')}`);
          });
          const count = pages.length;
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          logger.info(`search index: ${count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
