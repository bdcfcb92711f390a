import { z } from 'astro/zod';
import { entryBase, isoDate, measureNumber, partialDate, placeRef, sourcing } from './common.ts';

/** The kinds of heritage site, in the order the filters show them. */
export const SITE_KINDS = ['memorial-hall', 'former-site', 'martyrs-cemetery', 'monument', 'memorial-park'] as const;

/** A piece of visiting information with the date someone last confirmed it. */
const visitingFact = z.strictObject({
  /** The information as a reader needs it, e.g. 免费开放. */
  value: z.string().min(1),
  /** When an editor last confirmed this item (YYYY-MM-DD). */
  lastVerified: isoDate,
});

/**
 * A red-culture heritage site: a former site, memorial hall, martyrs' cemetery or monument.
 * File: content/sites/<locale>/<slug>.mdx; the body is the site's history with sources.
 */
export const siteSchema = z.strictObject({
  ...entryBase,
  /** Other names the site is known by (e.g. 张祜庄园, 柏茂庄园). */
  otherNames: z.array(z.string().min(1)).default([]),
  /** Slug of the county-level place it lies in (content/places). */
  place: placeRef,
  /** Address as precise as sources give it (town and village at least). */
  address: z.string().min(1),
  /** What kind of site it is. */
  kind: z.enum(SITE_KINDS),
  /** Historical period the site commemorates, e.g. 抗日战争时期. */
  period: z.string().min(1),
  /** Protection and recognition titles, each with its level and the year it was granted. */
  titles: z
    .array(
      z.strictObject({
        /** The title as awarded, e.g. 全国重点文物保护单位. */
        title: z.string().min(1),
        /** national, provincial, municipal (郑州) or county-level (县级市). */
        level: z.enum(['national', 'provincial', 'municipal', 'county']),
        /** When it was granted: YYYY, YYYY-MM or YYYY-MM-DD; leave out when unknown. */
        date: partialDate.optional(),
        /** Batch or remark, e.g. 第六批. */
        note: z.string().min(1).optional(),
      }),
    )
    .default([]),
  /** Dated events at the site, oldest first. */
  keyDates: z
    .array(
      z.strictObject({
        /** YYYY, YYYY-MM or YYYY-MM-DD. */
        date: partialDate,
        /** What happened. */
        text: z.string().min(1),
      }),
    )
    .default([]),
  /** Location, only from a citable source; leave out when none gives it. */
  coordinates: z
    .strictObject({
      /** [longitude, latitude] in decimal degrees. */
      lngLat: z.tuple([z.number(), z.number()]),
      /** Datum of the numbers as stored; WGS-84 is standard (GPS). */
      datum: z.enum(['WGS-84']),
      /** How precise the point is: the building, the village or the town. */
      precision: z.enum(['building', 'village', 'town']),
    })
    .optional(),
  /** Visiting information, each item with its own last-verified date. */
  visiting: z
    .strictObject({
      /** Opening hours. */
      hours: visitingFact.optional(),
      /** Whether and how to book. */
      booking: visitingFact.optional(),
      /** Admission price. */
      price: visitingFact.optional(),
      /** Phone number of the site. */
      phone: visitingFact.optional(),
      /** How to get there by public transport or road. */
      transport: visitingFact.optional(),
    })
    .optional(),
  /** Numbers of the plan's measures that concern this site (usually 11 and 12). */
  relatedMeasures: z.array(measureNumber).default([]),
  ...sourcing,
});

export type SiteData = z.infer<typeof siteSchema>;
