import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { departmentSchema } from './schemas/departments.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { measureSchema } from './schemas/measures.ts';
import { pageSchema } from './schemas/pages.ts';
import { placeSchema } from './schemas/places.ts';
import { policySchema } from './schemas/policy.ts';
import { productSchema } from './schemas/products.ts';
import { routeSchema } from './schemas/routes.ts';
import { siteSchema } from './schemas/sites.ts';
import { timelineSchema } from './schemas/timeline.ts';

/**
 * Every collection reads content/<collection>/<locale>/<slug>.mdx. The entry id is the
 * path without extension ('zh-cn/12'); lib/data/entries.ts splits it into locale and slug.
 */
const mdx = (collection: string) =>
  glob({
    base: `./content/${collection}`,
    pattern: '*/*.mdx',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  });

export const collections = {
  policy: defineCollection({ loader: mdx('policy'), schema: policySchema }),
  measures: defineCollection({ loader: mdx('measures'), schema: measureSchema }),
  sites: defineCollection({ loader: mdx('sites'), schema: siteSchema }),
  products: defineCollection({ loader: mdx('products'), schema: productSchema }),
  routes: defineCollection({ loader: mdx('routes'), schema: routeSchema }),
  places: defineCollection({ loader: mdx('places'), schema: placeSchema }),
  timeline: defineCollection({ loader: mdx('timeline'), schema: timelineSchema }),
  pages: defineCollection({ loader: mdx('pages'), schema: pageSchema }),
  departments: defineCollection({ loader: file('./content/departments.yaml'), schema: departmentSchema }),
  glossary: defineCollection({ loader: file('./content/glossary.yaml'), schema: glossarySchema }),
};
