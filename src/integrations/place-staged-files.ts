import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { folderMaker, placeFile, takeBuildFiles } from '../lib/build/files.ts';

/**
 * Puts the files that routes prepared (Open Graph images, citation downloads) into dist/
 * after the build: each route has written its files under .astro/ and listed them
 * (src/lib/build/files.ts); this links or copies each to its place. The project root is
 * the working directory, as for the caches.
 */
export function buildFiles(): AstroIntegration {
  return {
    name: 'build-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const ensureFolder = folderMaker();
        for (const [kind, entries] of takeBuildFiles(process.cwd())) {
          const started = performance.now();
          for (const { out, file } of entries) {
            const target = join(outDir, out);
            ensureFolder(target);
            placeFile(file, target);
          }
          logger.info(
            `${kind}: ${entries.length} files placed in ${Math.round(performance.now() - started)} ms`,
          );
        }
      },
    },
  };
}
