/**
 * `npm run cms:config`: writes the Sveltia CMS configuration src/admin/config.json from the
 * schemas in src/schemas/ and the collection registry (scripts/lib/cms/config.ts). `--check`
 * (part of `npm run check`) only compares: exit code 1 when a schema changed and the
 * configuration was not regenerated.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { CMS_CONFIG_FILE, renderCmsConfig } from './lib/cms/config-file.ts';

const text = renderCmsConfig();
const current = existsSync(CMS_CONFIG_FILE) ? readFileSync(CMS_CONFIG_FILE, 'utf8') : '';
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error(
      `${CMS_CONFIG_FILE} 与 src/schemas/ 不一致 / is out of date with the schemas\n→ 运行 / run: npm run cms:config`,
    );
    process.exit(1);
  }
  console.log(`${CMS_CONFIG_FILE} 已是最新 / is up to date`);
} else if (current === text) {
  console.log(`${CMS_CONFIG_FILE} 已是最新 / is up to date`);
} else {
  writeFileSync(CMS_CONFIG_FILE, text);
  console.log(`已更新 / updated: ${CMS_CONFIG_FILE}`);
}
