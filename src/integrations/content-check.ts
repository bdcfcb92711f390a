import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadFactsCache, saveFactsCache } from '../lib/content/cache.ts';
import { collectContentFiles } from '../lib/content/files.ts';
import { checkContent } from '../lib/content/check.ts';
import { reportProblems } from '../lib/content/problems.ts';

/**
 * Runs the content check before Astro loads any content, so a build stops with every
 * problem listed as `file:line  field  问题 / problem  → what to do` instead of the first
 * schema error alone, and nothing half-built is published. What each unchanged file says
 * on its own is remembered between builds (content-check-cache.ts).
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const files = collectContentFiles(root);
        const cache = loadFactsCache(root);
        const problems = checkContent(files, cache);
        saveFactsCache(root, cache);
        if (problems.length) throw new Error(reportProblems(problems));
        logger.info(`内容检查通过 / content check passed (${files.size} files)`);
      },
    },
  };
}
