import type { AstroIntegration } from 'astro';
import { constants, copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { takeOgManifest } from '../lib/og/manifest.ts';

/**
 * Puts the Open Graph images into dist/ after the build: the image route
 * (src/pages/og/[...path].png.ts) has rendered or found every image in .astro/og-cache/
 * and listed them (src/lib/og/manifest.ts); this copies each file to its /og/<path>.png
 * (a copy-on-write clone where the file system supports it). The project root is the
 * working directory, as for the cache.
 */
export function ogImages(): AstroIntegration {
  return {
    name: 'og-images',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const entries = takeOgManifest(process.cwd());
        if (!entries) return;
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const made = new Set<string>();
        for (const { out, file } of entries) {
          const target = join(outDir, out);
          const folder = dirname(target);
          if (!made.has(folder)) mkdirSync(folder, { recursive: true });
          made.add(folder);
          copyFileSync(file, target, constants.COPYFILE_FICLONE);
        }
        logger.info(`${entries.length} Open Graph images copied in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
