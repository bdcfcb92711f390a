import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from './collections.ts';

/**
 * Astro's collections, one per entry of the registry (src/collections.ts). MDX collections
 * read content/<collection>/<locale>/<slug>.mdx with the path without extension as the
 * entry id ('zh-cn/12'; lib/data/entries.ts splits it into locale and slug); YAML
 * collections read the one list content/<collection>.yaml.
 */
const loaderOf = (name: CollectionName) =>
  COLLECTIONS[name].storage === 'yaml'
    ? file(`./content/${name}.yaml`)
    : glob({ base: `./content/${name}`, pattern: '*/*.mdx', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });

type Registry = typeof COLLECTIONS;

export const collections = Object.fromEntries(
  COLLECTION_NAMES.map((name) => [name, defineCollection({ loader: loaderOf(name), schema: COLLECTIONS[name].schema })]),
) as { [C in CollectionName]: { loader: ReturnType<typeof loaderOf>; schema: Registry[C]['schema'] } };
