/**
 * /admin/: Sveltia CMS, bundled from npm by scripts/build-admin.ts (no CDN script). It reads
 * ./config.json (generated from the schemas by `npm run cms:config`) and offers the editor
 * components of src/lib/content/mdx/components.ts in the body editor.
 */
import CMS from '@sveltia/cms';
import { registerEditorComponents } from './editor-components.ts';

registerEditorComponents(CMS);
CMS.init();
