/**
 * A throw-away copy of this project with a synthetic corpus: the code and config (from the
 * work tree, or from a git revision for a before/after comparison) and the real content are
 * copied, node_modules is a symlink to the project's, the generated entries are written
 * into content/, and the content is committed to a fresh git repository so the build's
 * "last updated" dates come from git as they do in the real project.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What a build of the site needs from the project root, besides content/. */
const CODE = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** `rev`: take the code from this git revision instead of the work tree (content always from the work tree). */
export function copyProject(
  projectRoot: string,
  target: string,
  files: Map<string, string>,
  rev?: string,
): void {
  mkdirSync(target, { recursive: true });
  if (rev) {
    const archive = execFileSync('git', ['archive', rev, ...CODE], { cwd: projectRoot, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', target], { input: archive });
  }
  for (const name of rev ? ['content'] : [...CODE, 'content']) {
    if (existsSync(join(projectRoot, name)))
      cpSync(join(projectRoot, name), join(target, name), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(target, 'node_modules'), 'dir');
  writeContent(target, files);
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.org', ...args], {
      cwd: target,
      stdio: 'ignore',
    });
  git('init', '-q');
  git('add', 'content');
  git('commit', '-q', '-m', 'synthetic corpus');
}

/** Write content-relative files (sites/zh-cn/x.mdx) under <root>/content. */
export function writeContent(root: string, files: Map<string, string>): void {
  for (const [path, text] of files) {
    const file = join(root, 'content', path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

/** Change the title of one entry (for the incremental test); returns the new title. */
export function retitle(root: string, contentPath: string): string {
  const file = join(root, 'content', contentPath);
  const text = readFileSync(file, 'utf8');
  const m = /^title: (.*)$/m.exec(text);
  if (!m) throw new Error(`bench: no title in ${contentPath}`);
  const title = `${m[1]!.replace(/^"|"$/g, '')}（修订）`;
  writeFileSync(file, text.replace(m[0], `title: "${title}"`));
  return title;
}
