import { z } from 'astro/zod';
import { entryBase, isoDate, measureNumber, partialDate, placeRef, sources } from './common.ts';

/** A dated event, 1923 to today. File: content/timeline/<locale>/<slug>.mdx. */
export const timelineSchema = z.strictObject({
  ...entryBase,
  /** When it happened: YYYY, YYYY-MM or YYYY-MM-DD (the precision follows from the form). */
  date: partialDate,
  /** Places involved (content/places slugs). */
  places: z.array(placeRef).default([]),
  /** Related site slugs. */
  sites: z.array(z.string().min(1)).default([]),
  /** Related measure numbers. */
  measures: z.array(measureNumber).default([]),
  /** Where the event is documented. */
  sources,
  /** When an editor last checked it (YYYY-MM-DD). */
  lastVerified: isoDate,
});

export type TimelineData = z.infer<typeof timelineSchema>;
