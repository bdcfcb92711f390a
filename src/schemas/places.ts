import { z } from 'astro/zod';
import { entryBase, sourcing } from './common.ts';

/**
 * A county-level city or district of Zhengzhou that the content touches.
 * File: content/places/<locale>/<slug>.mdx; the page lists its sites, products and routes.
 */
export const placeSchema = z.strictObject({
  ...entryBase,
  /** Administrative kind. */
  kind: z.enum(['county-level-city', 'district', 'county']),
  /** Hanyu Pinyin with tone marks, e.g. Xíngyáng; shown as ruby and used as the English name. */
  pinyin: z.string().min(1),
  ...sourcing,
});

export type PlaceData = z.infer<typeof placeSchema>;
