/** What schema-fields.ts reads from src/schemas/*.ts: one record per field. */

/**
 * What a field's /** *\/ comment says besides its English text, in JSDoc tags:
 * `@label 标题` (the field's Chinese name), `@zh …` (its help text in Chinese),
 * `@neutral` (the value is the same in every language: a slug, number, code or verbatim
 * quote, so the CMS shows it once and copies it into the English file) and `@ref sites`
 * (the value is the slug of an entry of that collection).
 */
export interface FieldTags {
  label?: string;
  zh?: string;
  neutral?: boolean;
  ref?: string;
}

/** The checks of a value that a form can show: bounds, exact length, a pattern with its message. */
export interface FieldChecks {
  /** Smallest number, shortest text or fewest list items. */
  min?: number;
  max?: number;
  /** A regular expression (its source) the text must match, and the schema's message. */
  pattern?: [string, string];
  /** For a list of plain values: the checks of each item. */
  item?: FieldChecks;
}

export interface FieldDoc extends FieldTags, FieldChecks {
  name: string;
  doc: string;
  required: boolean;
  /** The value used when the field is left out, as written in the schema (e.g. []). */
  defaultText?: string;
  /** What to write: text, number, a list of …; with `values` for a fixed choice. */
  type: string;
  values?: string[];
  /** true for a list; `fields` then describes each item when items are objects. */
  list: boolean;
  /** Fields of an object (or of each list item). */
  fields?: FieldDoc[];
  /** Name of a structure or value format in common.ts, documented once (source, isoDate). */
  shared?: string;
}

export interface SchemaDoc {
  /** Collection name (file name without .ts) or shared structure name. */
  name: string;
  doc: string;
  /** The same in Chinese (the schema comment's @zh tag). */
  zh?: string;
  fields: FieldDoc[];
}

/** A structure (`source`) or value format (`isoDate`) from common.ts, documented once. */
export type SharedDoc = Omit<FieldDoc, 'required' | 'list'>;
