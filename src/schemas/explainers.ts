import { z } from 'astro/zod';
import { isoDate, measureNumber, source } from './common.ts';

/** Who a measure concerns, in the order the explainer names them. */
export const AUDIENCES = [
  'rural-residents',
  'farmers',
  'low-income-households',
  'veterans-and-families',
  'jobseekers',
  'pupils-and-parents',
  'patients',
  'visitors',
  'businesses',
  'local-governments',
] as const;

/**
 * “In plain words” (解读): the site's own short reading of one measure, shown on the measure
 * page under a label saying it is not an official interpretation. File:
 * content/explainers/<locale>/<number>.mdx (the number of the measure). The body says in
 * everyday words what the measure asks for; it adds no fact that is not in the measure's
 * own text or in a source listed here.
 */
export const explainerSchema = z.strictObject({
  /** The number of the measure explained; the same as the file name. */
  measure: measureNumber,
  /** Whom the measure concerns (rural residents, veterans and their families, pupils …). */
  audiences: z.array(z.enum(AUDIENCES)).min(1, '至少写一类相关人群 / name at least one group the measure concerns'),
  /** Ids of the glossary terms the explainer uses (content/glossary.yaml), linked under the text. */
  terms: z.array(z.string().min(1)).default([]),
  /** Sources for anything the explainer says beyond the measure's own text; usually none. */
  sources: z.array(source).default([]),
  /**
   * When an editor last searched public sources for reports on this measure (YYYY-MM-DD). A
   * measure with no progress item shows “no public report found as of” this month.
   */
  progressSearched: isoDate,
  /** Date of the last real edit, overriding the date taken from git history (YYYY-MM-DD). */
  lastUpdated: isoDate.optional(),
});

export type ExplainerData = z.infer<typeof explainerSchema>;
