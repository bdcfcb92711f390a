import { join } from 'node:path';
import { readSchemas } from '../schema-fields.ts';
import { cmsConfig, type CmsConfig } from './config.ts';

/** Where the generated configuration lives (committed; scripts/build-admin.ts copies it into dist/admin/). */
export const CMS_CONFIG_FILE = 'src/admin/config.json';

/** The configuration for the schemas under `root`. */
export function generateCmsConfig(root = '.'): CmsConfig {
  return cmsConfig(readSchemas(join(root, 'src/schemas')));
}

/** The file's expected text: the configuration as JSON, two-space indented. */
export function renderCmsConfig(root = '.'): string {
  return `${JSON.stringify(generateCmsConfig(root), null, 2)}\n`;
}
