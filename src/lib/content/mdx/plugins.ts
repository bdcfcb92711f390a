import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { issueToProblem } from '../body.ts';
import { formatProblem } from '../problems.ts';
import { findUnsafeMdx, type MdNode, type SafetyIssue } from './rules.ts';

/**
 * The safe-MDX rules (mdx-safety.ts) inside the Markdown pipelines, so the build refuses
 * an unsafe file even when the content check was skipped. Both throw one error that lists
 * every problem of the file as `file:line  body  问题 / problem  → 怎么改 / what to do`.
 */

function safetyError(file: string, issues: SafetyIssue[]): Error & { line?: number; column?: number } {
  const head = `MDX 安全检查：${file} 有 ${issues.length} 个问题 / Safe-MDX check: ${issues.length} problem(s) in ${file}`;
  const lines = issues.map((issue) => formatProblem(issueToProblem(file, issue)));
  const error: Error & { line?: number; column?: number } = new Error([head, ...lines].join('\n'));
  error.line = issues[0]!.line;
  error.column = issues[0]!.column;
  return error;
}

/**
 * For Astro's default processor: `markdown.processor: satteri({ mdastPlugins: [satteriSafeMdx] })`
 * from @astrojs/markdown-satteri. Runs once per document on the whole tree, before any
 * other plugin could change it.
 */
export const satteriSafeMdx = defineMdastPlugin({
  name: 'safe-mdx',
  options: { position: true },
  before(root, ctx) {
    const issues = findUnsafeMdx(root as unknown as MdNode);
    if (!issues.length) return;
    const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'MDX';
    throw safetyError(file, issues);
  },
});

/**
 * The same rules as a remark (unified) plugin, for `markdown.processor: unified({ remarkPlugins:
 * [remarkSafeMdx] })` from @astrojs/markdown-remark, or unified + remark-parse + remark-mdx.
 */
export function remarkSafeMdx() {
  return (tree: MdNode, file: { path?: string }) => {
    const issues = findUnsafeMdx(tree);
    if (issues.length) throw safetyError(file.path ? relative(process.cwd(), file.path) : 'MDX', issues);
  };
}
