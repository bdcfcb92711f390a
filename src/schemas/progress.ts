import { z } from 'astro/zod';
import { isoDate, measureNumber, partialDate } from './common.ts';

/** The kinds of source a progress item may rest on: originals only, never a copy. */
export const PROGRESS_SOURCE_KINDS = ['official-government', 'news-outlet'] as const;

/**
 * One dated report of what has happened on the plan's measures since November 2021. File:
 * content/progress/<locale>/<slug>.mdx, slug = date and a few words
 * (2023-05-06-memorial-next-step). Only an original report counts: an official government
 * website or a news outlet's own site; a copy on an unrelated website is a lead for
 * finding the original, never a source here. The claim keeps the source's own verb
 * (拟 / 推进 / 开工 / 建成 are different facts), and the verb must appear in the quote.
 */
export const progressSchema = z.strictObject({
  /** A short headline in the page's language, with the source's verb, e.g. 市文旅局：纪念馆列为“下一步重点推进”. */
  title: z.string().min(1).max(80),
  /** When it happened or was reported, as the source dates it: YYYY, YYYY-MM or YYYY-MM-DD; never in the future. */
  date: partialDate,
  /** The measures it concerns (1 to 20). */
  measures: z.array(measureNumber).min(1, '至少写一条相关措施 / name at least one measure'),
  /** What the source reports, in the page's language, keeping its verb; no more than it says. */
  claim: z.string().min(1),
  /** The source's own words that support the claim, copied exactly (in the source's language). */
  quote: z.string().min(1),
  /** The source's verb, exactly as it appears in the quote (e.g. 下一步重点推进, 认定, 开工). */
  verb: z.string().min(1),
  /** The original report. */
  source: z.strictObject({
    /** Title of the report or page, as the source gives it. */
    title: z.string().min(1),
    /** Who published it (e.g. 郑州市文化广电和旅游局, 中原网). */
    publisher: z.string().min(1),
    /** Web address of the original report. */
    url: z.url(),
    /** official-government: a government body's own website; news-outlet: a news outlet's own website. */
    kind: z.enum(PROGRESS_SOURCE_KINDS),
    /** When the report was published, when it differs from `date`. */
    date: partialDate.optional(),
  }),
  /** When an editor last read the source and compared the claim with its wording (YYYY-MM-DD); never in the future. */
  lastChecked: isoDate,
  /** Slugs of heritage sites the report concerns (content/sites). */
  sites: z.array(z.string().min(1)).default([]),
  /** Date of the last real edit, overriding the date taken from git history (YYYY-MM-DD). */
  lastUpdated: isoDate.optional(),
});

export type ProgressData = z.infer<typeof progressSchema>;
