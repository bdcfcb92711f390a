/**
 * The floor to compare with: a bare Astro + MDX site over the same content folder, made
 * in a temporary directory. One glob collection per MDX collection (no schemas), one
 * plain page per entry (title and body, no layout, no head metadata, no images), and the
 * Pagefind index built with its Node API in astro:build:done, the usual way to add it to
 * an Astro build (ours runs Pagefind's command as a second step after astro build exits:
 * scripts/search-index.ts). Same
 * node_modules, so the same Astro, MDX and Pagefind versions.
 */
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MDX_COLLECTIONS } from '../../src/collections.ts';
import { EDITOR_COMPONENTS } from '../../src/lib/content/mdx/components.ts';

/** Every MDX collection of the registry, so the floor renders all the content ours does. */
const COLLECTIONS: readonly string[] = MDX_COLLECTIONS;
/** Every component editors may use: the content's MDX needs each one defined. */
const COMPONENTS = Object.keys(EDITOR_COMPONENTS);

const CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

const pagefindIndex = {
  name: 'pagefind-index',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const started = performance.now();
      const outDir = fileURLToPath(dir);
      try {
        const { index } = await pagefind.createIndex({});
        const added = await index.addDirectory({ path: outDir });
        await index.writeFiles({ outputPath: outDir + '/pagefind' });
        logger.info('search index: ' + added.page_count + ' pages in ' + Math.round(performance.now() - started) + ' ms');
      } finally {
        await pagefind.close();
      }
    },
  },
};

export default defineConfig({
  site: 'https://floor.example.org',
  cacheDir: './.astro/cache',
  integrations: [mdx(), pagefindIndex],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const mdx = (name) =>
  defineCollection({
    loader: glob({ base: './content/' + name, pattern: '*/*.mdx', generateId: ({ entry }) => entry.replace(/\\.mdx$/, '') }),
  });

export const collections = { ${COLLECTIONS.map((c) => `${c}: mdx('${c}')`).join(', ')} };
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
${COMPONENTS.map((c) => `import ${c} from '../components/${c}.astro';`).join('\n')}

export async function getStaticPaths() {
  const names = ${JSON.stringify(COLLECTIONS)};
  const all = (await Promise.all(names.map((name) => getCollection(name)))).flat();
  return all.map((entry) => ({ params: { slug: entry.collection + '/' + entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---

<html lang={entry.id.startsWith('en/') ? 'en' : 'zh-CN'}>
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body>
    <main data-pagefind-body>
      <h1>{entry.data.title}</h1>
      <Content components={{ ${COMPONENTS.join(', ')} }} />
    </main>
  </body>
</html>
`;

/** The components the real content uses, as plain markup (any other: its children in a span). */
const MARKUP: Record<string, string> = {
  Pinyin: `---\nconst { zh, py } = Astro.props;\n---\n<ruby>{zh}<rt>{py}</rt></ruby>\n`,
  Figure: `---\nconst { alt } = Astro.props;\n---\n<figure>{alt}</figure>\n`,
};
const PLAIN = `<span><slot /></span>\n`;

/** Make the floor project in `target`, with the content folder of `siteCopy`. */
export function makeFloorProject(siteCopy: string, target: string, nodeModules: string): void {
  mkdirSync(join(target, 'src/pages'), { recursive: true });
  mkdirSync(join(target, 'src/components'), { recursive: true });
  for (const c of COLLECTIONS)
    cpSync(join(siteCopy, 'content', c), join(target, 'content', c), { recursive: true });
  writeFileSync(
    join(target, 'package.json'),
    JSON.stringify({ name: 'astro-floor', private: true, type: 'module' }, null, 2),
  );
  writeFileSync(join(target, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(target, 'src/content.config.ts'), CONTENT_CONFIG);
  writeFileSync(join(target, 'src/pages/[...slug].astro'), PAGE);
  for (const c of COMPONENTS) writeFileSync(join(target, `src/components/${c}.astro`), MARKUP[c] ?? PLAIN);
  symlinkSync(nodeModules, join(target, 'node_modules'), 'dir');
}
