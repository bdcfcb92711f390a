/**
 * `npm run new -- <collection> <slug>`: creates content/<collection>/zh-cn/<slug>.mdx from
 * the collection's template (every required field empty, a comment above each). Refuses
 * an unknown collection, a slug that is not ASCII kebab-case and one that exists, with a
 * bilingual message and exit code 1. Works in the current directory (the project root
 * under npm); the templates come from this project's src/schemas.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { templateFor } from './lib/editor-docs.ts';
import { YAML_COLLECTIONS } from './lib/field-tables.ts';
import { planNewPage } from './lib/new-page.ts';
import { readSchemas } from './lib/schema-fields.ts';

const project = fileURLToPath(new URL('..', import.meta.url));
const root = process.cwd();
const collections = readSchemas(join(project, 'src/schemas'))
  .collections.map((c) => c.name)
  .filter((c) => !YAML_COLLECTIONS.has(c));

const plan = planNewPage(process.argv.slice(2), {
  collections,
  slugsIn: (collection, locale) => {
    const dir = join(root, 'content', collection, locale);
    return existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.mdx'))
          .map((f) => f.slice(0, -4))
      : [];
  },
  template: (collection) => templateFor(collection, project)!,
});

if (!plan.ok) {
  console.error(`${plan.zh}\n${plan.en}`);
  process.exit(1);
}
mkdirSync(dirname(join(root, plan.path)), { recursive: true });
writeFileSync(join(root, plan.path), plan.text, { flag: 'wx' });
console.log(`已创建 / created: ${plan.path}`);
if (plan.note) console.log(plan.note);
console.log('下一步：填写字段和来源，写正文，然后运行 npm run check；用 npm run dev 预览。');
console.log(
  'Next: fill in the fields and sources, write the body, run npm run check; preview with npm run dev.',
);
