import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { collectContentFiles } from './content-files.ts';
import { checkContent } from '../lib/content/check.ts';
import { formatProblems } from '../lib/content/problems.ts';

/**
 * Runs the content check before Astro loads any content, so a build stops with every
 * problem listed as `file:line  field  问题 / problem  → what to do` instead of the first
 * schema error alone, and nothing half-built is published.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const files = collectContentFiles(fileURLToPath(config.root));
        const problems = checkContent(files);
        if (problems.length) throw new Error(formatProblems(problems));
        logger.info(`内容检查通过 / content check passed (${files.size} files)`);
      },
    },
  };
}
