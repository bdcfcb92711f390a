/**
 * `npm run content:normalize`: rewrites every content file (content/<collection>/<locale>/*.mdx
 * and the YAML lists) in the form Sveltia CMS writes (scripts/lib/cms/normalize.ts), so that
 * saving one field in the CMS changes that one line. Running it again changes nothing.
 * `--check` only lists the files not in that form (exit code 1). After merging branches that
 * edited content by hand, run it again and commit the result on its own.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { collectContentFiles } from '../src/lib/content/files.ts';
import { CMS_CONFIG_FILE } from './lib/cms/config-file.ts';
import type { CmsConfig } from './lib/cms/config.ts';
import { collectionOfFile, normalizeContentFile } from './lib/cms/normalize.ts';

const check = process.argv.includes('--check');
const root = process.argv.find((a, i) => i > 1 && !a.startsWith('--')) ?? '.';
const config = JSON.parse(readFileSync(`${root}/${CMS_CONFIG_FILE}`, 'utf8')) as CmsConfig;
const changed: string[] = [];
let total = 0;
for (const [path, text] of collectContentFiles(root)) {
  if (!collectionOfFile(path, config)) continue;
  total++;
  const normal = normalizeContentFile(path, text, config);
  if (normal === text) continue;
  changed.push(path);
  if (!check) writeFileSync(`${root}/${path}`, normal);
}
if (check && changed.length) {
  console.error(
    `${changed.length} 个文件不是 CMS 的格式 / files not in the CMS's form:\n  ${changed.join('\n  ')}\n→ 运行 / run: npm run content:normalize`,
  );
  process.exit(1);
}
console.log(
  check || !changed.length
    ? `${total} 个内容文件都是 CMS 的格式 / all ${total} content files are in the CMS's form`
    : `已改写 ${changed.length} 个文件（共 ${total} 个） / rewrote ${changed.length} of ${total} files`,
);
