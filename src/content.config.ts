import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName, type YamlCollection } from './collections.ts';

/**
 * Astro's collections, one per entry of the registry (src/collections.ts). MDX collections
 * read content/<collection>/<locale>/<slug>.mdx with the path without extension as the
 * entry id ('zh-cn/12'; lib/data/entries.ts splits it into locale and slug); YAML
 * collections read the one list content/<collection>.yaml, each item keyed by the first of
 * its names (its id, or its one unique name for lists without ids such as names.yaml and
 * goal-reports.yaml; the content check reports names used twice).
 */
const keyedList = (spec: YamlCollection) => (text: string) => {
  const list = parseYaml(text) as unknown;
  if (!Array.isArray(list)) return list as Record<string, Record<string, unknown>>;
  /** The raw item (before its schema fills in defaults): its id, else its first name, else its position. */
  const keyOf = (item: Record<string, unknown>, i: number): string => {
    if (typeof item.id === 'string') return item.id;
    try {
      return String((spec.names as (x: unknown) => unknown[])(item)[0] ?? i);
    } catch {
      return String(i);
    }
  };
  return Object.fromEntries(list.map((item: Record<string, unknown>, i) => [keyOf(item, i), item]));
};

const loaderOf = (name: CollectionName) =>
  COLLECTIONS[name].storage === 'yaml'
    ? file(`./content/${name}.yaml`, { parser: keyedList(COLLECTIONS[name] as YamlCollection) })
    : glob({
        base: `./content/${name}`,
        pattern: '*/*.mdx',
        generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
      });

type Registry = typeof COLLECTIONS;

export const collections = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [
    name,
    defineCollection({ loader: loaderOf(name), schema: COLLECTIONS[name].schema }),
  ]),
) as { [C in CollectionName]: { loader: ReturnType<typeof loaderOf>; schema: Registry[C]['schema'] } };
