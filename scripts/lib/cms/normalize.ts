import { parse, stringify } from 'yaml';
import { canonicalComponentTags } from '../../../src/lib/content/mdx/component-tags.ts';
import type { CmsCollection, CmsConfig, CmsField } from './config.ts';

/**
 * The canonical form of a content file: the bytes Sveltia CMS writes when it saves the file,
 * so that a save changes only what the editor changed. `npm run content:normalize` puts every
 * file in this form once; tests/unit/scripts/cms-form.test.ts keeps them there; the browser
 * test (tests/e2e/cms-edit.test.ts) checks that the CMS writes the same bytes.
 *
 * What the CMS does, measured on Sveltia CMS 0.221.1 with this site's configuration:
 * - keys in the order of the configured fields, at every level (the schema order);
 * - optional fields that are empty ('' / [] / {} / null) left out (omit_empty_optional_fields);
 * - a yes/no field that was not set written as false (the boolean input has no "unset");
 * - a number in a text field written as text (partial dates: 2025 becomes '2025');
 * - YAML from the `yaml` library with the configured indent and quoting, no line folding,
 *   block lists only; comments are not kept (move them into the schema docs instead);
 * - frontmatter `---\n<yaml>\n---\n`, then a blank line and the body, trimmed, when there is one.
 * The body is otherwise left as written; editor components are put in their one written form
 * (component-tags.ts), which is how the CMS writes them back.
 */

type Data = Record<string, unknown>;

const isObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The CMS's test for an empty value (false and 0 are values). */
const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && !value.length) ||
  (isObject(value) && !Object.keys(value).length);

/** Inputs that hold text: the CMS writes what they show, so a number there (date: 2025) is saved as text ('2025'). */
const TEXT_WIDGETS: ReadonlySet<string> = new Set(['string', 'text']);
const asText = (value: unknown) => (typeof value === 'number' ? String(value) : value);

function cleanValue(value: unknown, field: CmsField): unknown {
  if (TEXT_WIDGETS.has(field.widget)) return asText(value);
  const item = field.field as CmsField | undefined;
  if (field.widget === 'list' && item && TEXT_WIDGETS.has(item.widget) && Array.isArray(value))
    return value.map(asText);
  const subfields = field.fields as CmsField[] | undefined;
  if (!subfields) return value;
  if (field.widget === 'list' && Array.isArray(value))
    return value.map((item) => (isObject(item) ? clean(item, subfields) : item));
  if (field.widget === 'object' && isObject(value)) return clean(value, subfields);
  return value;
}

/** `data` with its keys in field order, empty optional fields left out, unset yes/no fields false. */
function clean(data: Data, fields: CmsField[]): Data {
  const out: Data = {};
  for (const field of fields) {
    let value = cleanValue(data[field.name], field);
    if (value === undefined && field.widget === 'boolean') value = false;
    if (value === undefined || (field.required === false && isEmpty(value))) continue;
    out[field.name] = value;
  }
  // Keys the configuration does not know stay, after the known ones (the content check reports them).
  for (const [key, value] of Object.entries(data)) if (!fields.some((f) => f.name === key)) out[key] = value;
  return out;
}

/** YAML as the CMS writes it (its format.js: the `yaml` library with the configured output options). */
export function formatYaml(value: unknown, config: CmsConfig): string {
  const { indent_size, indent_sequences, quote } = config.output.yaml;
  return stringify(value, {
    indent: indent_size,
    indentSeq: indent_sequences,
    lineWidth: 0,
    defaultKeyType: 'PLAIN',
    defaultStringType: quote === 'double' ? 'QUOTE_DOUBLE' : quote === 'single' ? 'QUOTE_SINGLE' : 'PLAIN',
    singleQuote: quote !== 'double',
  }).trim();
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---(?:\n([\s\S]*))?$/;

/** The collection a content file belongs to, with the fields that describe it; undefined for other files (templates). */
export function collectionOfFile(
  path: string,
  config: CmsConfig,
): { collection: CmsCollection; fields: CmsField[]; list: boolean } | undefined {
  for (const collection of config.collections) {
    const files = collection.files as Array<{ file: string; fields: CmsField[] }> | undefined;
    const file = files?.find((f) => f.file === path);
    if (file) return { collection, fields: file.fields[0]!.fields as CmsField[], list: true };
    const folder = collection.folder as string | undefined;
    const extension = collection.extension as string | undefined;
    if (
      folder &&
      path.startsWith(`${folder}/`) &&
      path.endsWith(`.${extension}`) &&
      path.slice(folder.length + 1).split('/').length === 2
    ) {
      return {
        collection,
        fields: (collection.fields as CmsField[]).filter((f) => f.name !== 'body'),
        list: false,
      };
    }
  }
  return undefined;
}

/** The file in the form the CMS writes it; the text unchanged when it belongs to no collection or does not parse. */
export function normalizeContentFile(path: string, text: string, config: CmsConfig): string {
  const found = collectionOfFile(path, config);
  if (!found) return text;
  const source = text.trim().replace(/\r\n?/g, '\n');
  try {
    if (found.list) {
      const items = parse(source) as unknown;
      if (!Array.isArray(items)) return text;
      return `${formatYaml(
        items.map((item) => (isObject(item) ? clean(item, found.fields) : item)),
        config,
      )}\n`;
    }
    const match = FRONTMATTER.exec(source);
    if (!match) return text;
    const data = parse(match[1]!) as unknown;
    if (!isObject(data)) return text;
    const body = canonicalComponentTags((match[2] ?? '').trim());
    return `---\n${formatYaml(clean(data, found.fields), config)}\n---\n${body ? `\n${body}\n` : ''}`;
  } catch {
    return text; // a file that does not parse is the content check's to report
  }
}
