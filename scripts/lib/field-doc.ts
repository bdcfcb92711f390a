/** What schema-fields.ts reads from src/schemas/*.ts: one record per field. */

export interface FieldDoc {
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
  fields: FieldDoc[];
}

/** A structure (`source`) or value format (`isoDate`) from common.ts, documented once. */
export type SharedDoc = Omit<FieldDoc, 'required' | 'list'>;
