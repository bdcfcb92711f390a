import { z } from 'astro/zod';
import { entryBase, partialDate, placeRef, sourcing } from './common.ts';

/**
 * A specialty product named in measure 6. File: content/products/<locale>/<slug>.mdx.
 * The body describes the product and its history, with sources.
 */
export const productSchema = z.strictObject({
  ...entryBase,
  /** The name used in registrations or the plan (e.g. 荥阳柿子). */
  registeredName: z.string().min(1),
  /** Other names (e.g. 密二花, 尖山金银花) and what the product is made from, if relevant. */
  commonNames: z.array(z.string().min(1)).default([]),
  /** Raw material when the product is processed (登封芥丝 is made from 登封芥菜). */
  madeFrom: z.string().min(1).optional(),
  /** Places it comes from (content/places slugs), main place first. */
  places: z.array(placeRef).min(1),
  /** Geographical-indication history, oldest first. Leave empty when none is confirmed. */
  giHistory: z
    .array(
      z.strictObject({
        /** YYYY, YYYY-MM or YYYY-MM-DD. */
        date: partialDate,
        /** agricultural: 农产品地理标志; product: 地理标志产品 (AQSIQ/CNIPA); trademark: 地理标志证明商标. */
        type: z.enum(['agricultural', 'product', 'trademark']),
        /** Name registered, when it differs from the product's (e.g. 登封芥菜). */
        name: z.string().min(1).optional(),
        /** Authority, e.g. 国家知识产权局. */
        authority: z.string().min(1),
        /** Announcement number, e.g. 第646号. */
        announcement: z.string().min(1).optional(),
        /** granted, converted (from an earlier type), pending (public notice), or reported (unconfirmed). */
        status: z.enum(['granted', 'converted', 'pending', 'reported']),
        /** Remark shown with the entry. */
        note: z.string().min(1).optional(),
      }),
    )
    .default([]),
  /** Where it is grown or made, as sources describe it. */
  productionArea: z.string().min(1),
  /** Harvest months 1–12 when a source gives them; leave empty when not found. */
  harvestMonths: z.array(z.number().int().min(1).max(12)).default([]),
  /** Characteristics sources describe, one per item. */
  characteristics: z.array(z.string().min(1)).default([]),
  ...sourcing,
});

export type ProductData = z.infer<typeof productSchema>;
