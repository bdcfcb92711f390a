import { z } from 'astro/zod';
import { factualBase, rejectedEnglish, relatedMeasures } from './common.ts';

/**
 * A county-level city or district of Zhengzhou that the content touches.
 * File: content/places/<locale>/<slug>.mdx; the page lists its sites, products and routes.
 */
export const placeSchema = z.strictObject({
  ...factualBase,
  /** Administrative kind. */
  kind: z.enum(['county-level-city', 'district', 'county']),
  /** Hanyu Pinyin with tone marks, e.g. Xíngyáng; shown as ruby and used as the English name. */
  pinyin: z.string().min(1),
  /** English page only: spellings of the English title not to be used, e.g. Zhongmu County; the check reports them. */
  variantsEn: rejectedEnglish,
  /** The plan's measures whose text names this place or its products, ascending (e.g. 12 names 登封、新密、巩义、荥阳). */
  relatedMeasures,
});

export type PlaceData = z.infer<typeof placeSchema>;
