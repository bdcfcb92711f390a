import { z } from 'astro/zod';
import { entryBase, partialDate, placeRef, sourcing } from './common.ts';

/** One stop on a route: a site with its own page, or a named place without one. */
const stop = z
  .strictObject({
    /** Slug of a site in content/sites, when the stop has a page. */
    site: z.string().min(1).optional(),
    /** Name of the stop as the route's publisher gives it (needed when there is no site page). */
    name: z.string().min(1).optional(),
    /** Place slug of a stop without a site page. */
    place: placeRef.optional(),
    /** Day of the trip this stop belongs to (1, 2, …), when the route is split into days. */
    day: z.number().int().min(1).optional(),
    /** Remark, e.g. outside Zhengzhou. */
    note: z.string().min(1).optional(),
  })
  .refine((s) => s.site || s.name, {
    message: '每一站需要填写 site（地标 slug）或 name（名称） / a stop needs a site slug or a name',
    path: ['site'],
  });

/**
 * A red-tourism route as published by a named publisher.
 * File: content/routes/<locale>/<slug>.mdx; the body introduces the route.
 */
export const touristRouteSchema = z.strictObject({
  ...entryBase,
  /** The route's theme or official name, e.g. 建党百年红色旅游精品线路. */
  theme: z.string().min(1),
  /** Who published the route. */
  publisher: z.string().min(1),
  /** true when the publisher is a government body; false for associations and others. */
  official: z.boolean(),
  /** When it was published: YYYY, YYYY-MM or YYYY-MM-DD. */
  published: partialDate,
  /** Stops in order. */
  stops: z.array(stop).min(2, '线路至少有两站 / a route has at least two stops'),
  /** Suggested number of days, only when the publisher gives one. */
  days: z.number().int().min(1).optional(),
  ...sourcing,
});

export type TouristRouteData = z.infer<typeof touristRouteSchema>;
export type TouristRouteStop = TouristRouteData['stops'][number];
