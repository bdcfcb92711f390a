/**
 * The MDX components editors may use (src/lib/content/mdx/components.ts) as Sveltia CMS
 * editor components: <Figure> and <ReportChannel> as blocks with their fields, <Pinyin> and <Ref> as inline chips
 * that open a dialog. Tags are read and written by component-tags.ts, the same functions
 * `npm run content:normalize` uses, so an untouched component is saved byte for byte.
 */
import type CMS from '@sveltia/cms';
import { EDITOR_COMPONENTS } from '../lib/content/mdx/components.ts';
import {
  componentId,
  componentPattern,
  componentProps,
  componentTag,
} from '../lib/content/mdx/component-tags.ts';

/** How each component shows in the editor: block or inline chip, its label and icon. */
const LOOK: Record<string, { label: string; icon: string; mode: 'block' | 'dialog'; summary?: string }> = {
  Figure: { label: '图片 Figure', icon: 'image', mode: 'block' },
  Pinyin: { label: '拼音 Pinyin', icon: 'translate', mode: 'dialog', summary: '{{zh}}（{{py}}）' },
  Ref: { label: '出处 Ref', icon: 'format_quote', mode: 'dialog', summary: '[{{n}}]' },
  ReportChannel: { label: '报告渠道 ReportChannel', icon: 'flag', mode: 'block' },
};

export function registerEditorComponents(cms: typeof CMS): void {
  for (const [name, spec] of Object.entries(EDITOR_COMPONENTS)) {
    const look = LOOK[name];
    if (!look)
      throw new Error(`No editor look for <${name}>: add it to LOOK in src/admin/editor-components.ts`);
    const pattern = componentPattern(name);
    cms.registerEditorComponent({
      id: componentId(name),
      label: look.label,
      icon: look.icon,
      mode: look.mode,
      summary: look.summary,
      fields: [...spec.required, ...spec.optional].map((attr) => ({
        name: attr,
        label: attr,
        widget: 'string',
        required: spec.required.includes(attr),
        ...(spec.patterns?.[attr]
          ? {
              pattern: [
                spec.patterns[attr].re.source,
                `${spec.patterns[attr].zh} / ${spec.patterns[attr].en}`,
              ],
            }
          : {}),
      })),
      pattern: new RegExp(pattern.source),
      fromBlock: (match) => componentProps(match[1] ?? ''),
      toBlock: (props) => componentTag(name, props),
      toPreview: (props) => componentTag(name, props),
    });
  }
}
