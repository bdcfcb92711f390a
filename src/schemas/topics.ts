import { z } from 'astro/zod';
import { entryBase, measureNumber, placeRef, sourcing } from './common.ts';

/**
 * A topic page: connected, sourced prose on one subject (the 豫西 base area, the 1923
 * strike, the rivers, 伏羲山 and 具茨山, the revolutionary relics), with a short summary
 * and links into the detail pages that belong to it. File: content/topics/<locale>/<slug>.mdx.
 * Every paragraph of the body cites its sources with <Ref n="…" />, the number of a source
 * in `sources`; the detail pages listed under `related` link back to the topic.
 */
export const topicSchema = z.strictObject({
  ...entryBase,
  /** Two to four sentences shown at the top: what the reader will learn. */
  summary: z.string().min(1).max(400),
  ...sourcing,
  /** Heritage sites that belong to the topic (content/sites slugs). */
  sites: z.array(z.string().min(1)).default([]),
  /** Places (content/places slugs). */
  places: z.array(placeRef).default([]),
  /** Timeline events (content/timeline slugs). */
  events: z.array(z.string().min(1)).default([]),
  /** Measures of the plan that concern the topic. */
  measures: z.array(measureNumber).default([]),
  /** Specialty products (content/products slugs). */
  products: z.array(z.string().min(1)).default([]),
  /** Red-tourism routes (content/routes slugs). */
  routes: z.array(z.string().min(1)).default([]),
});

export type TopicData = z.infer<typeof topicSchema>;
