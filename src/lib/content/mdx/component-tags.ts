import { EDITOR_COMPONENTS } from './components.ts';

/**
 * The one written form of an editor component in MDX: `<Name a="…" b="…" />`, attributes in
 * the order of EDITOR_COMPONENTS (required, then optional), empty optional ones left out.
 * The CMS's editor components (src/admin/editor-components.ts) read and write tags with
 * these functions, and `npm run content:normalize` rewrites every tag into this form, so a
 * body saved from the CMS keeps each untouched component byte for byte.
 */

/** The component's id in the CMS (its editor_components list): figure, pinyin, ref. */
export const componentId = (name: string) => name.toLowerCase();

/** The attribute names of a component in their written order. */
export function attributeOrder(name: string): string[] {
  const spec = EDITOR_COMPONENTS[name];
  if (!spec) throw new Error(`Unknown editor component <${name}>`);
  return [...spec.required, ...spec.optional];
}

/** `<Pinyin zh="荥阳" py="Xíngyáng" />` from { zh: '荥阳', py: 'Xíngyáng' }. */
export function componentTag(name: string, props: Record<string, unknown>): string {
  const spec = EDITOR_COMPONENTS[name]!;
  const attrs = attributeOrder(name).flatMap((key) => {
    const value = props[key] == null ? '' : String(props[key]);
    // A required attribute stays even when empty, so the content check names what is missing.
    if (!value && !spec.required.includes(key)) return [];
    return [`${key}="${value}"`];
  });
  return `<${name}${attrs.map((a) => ` ${a}`).join('')} />`;
}

const ATTRIBUTE = /([A-Za-z][\w-]*)="([^"]*)"/g;

/** A self-closing tag of this component with quoted attributes in any order (global). */
export function componentPattern(name: string): RegExp {
  return new RegExp(`<${name}((?:\\s+[A-Za-z][\\w-]*="[^"]*")*)\\s*/>`, 'g');
}

/** The attributes of a matched tag (the first group of componentPattern). */
export function componentProps(attributes: string): Record<string, string> {
  const props: Record<string, string> = {};
  for (const [, key, value] of attributes.matchAll(ATTRIBUTE)) props[key!] = value!;
  return props;
}

/** Every component tag in `body` rewritten into its one written form. */
export function canonicalComponentTags(body: string): string {
  let out = body;
  for (const name of Object.keys(EDITOR_COMPONENTS)) {
    out = out.replace(componentPattern(name), (_tag, attributes: string) => componentTag(name, componentProps(attributes)));
  }
  return out;
}
