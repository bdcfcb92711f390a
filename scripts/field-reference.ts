/**
 * `npm run docs:fields`: regenerates the field reference, the component list and the
 * glossary tables in content/README.md, and the page templates in content/_templates/,
 * from src/schemas/*.ts and the data files. `--check` only reports files that are out of
 * date (exit code 1), without writing.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateEditorDocs } from './lib/editor-docs.ts';

const check = process.argv.includes('--check');
const stale: string[] = [];
for (const [path, text] of generateEditorDocs('.')) {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
  stale.push(path);
  if (!check) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}
if (check && stale.length) {
  console.error(`这些文件需要更新 / out of date: ${stale.join(', ')}\n→ 运行 / run: npm run docs:fields`);
  process.exit(1);
}
console.log(
  stale.length ? `已更新 / updated: ${stale.join(', ')}` : '编辑文档已是最新 / editor docs are up to date',
);
