import { z } from 'astro/zod';
import { isoDate, sources } from './common.ts';

/** One finding about a goal: what a public source says, in both site languages. */
const finding = z.strictObject({
  /** What the source reports, in Chinese, keeping its own wording; no verdict of ours. */
  zh: z.string().min(1),
  /** The same in English. */
  en: z.string().min(1),
  /** Where it is reported: originals only (a government website or a news outlet's own site). */
  sources,
});

/**
 * What public sources report on one of the plan's 2025 goals (二、工作目标). content/goal-reports.yaml
 * holds one item per goal clause, in the plan's order; a goal with no report has an empty
 * `findings` list and is shown as “no public report found” as of `searched`.
 */
export const goalReportSchema = z.strictObject({
  /** Stable ASCII id of the item, e.g. income-growth (Astro's data loader needs one per item). */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, '请用小写英文字母和连字符，例如 income-growth / use lowercase ASCII words joined by hyphens'),
  /** The goal clause exactly as the plan's 2025 goals write it (policy file, goals[year=2025].items). */
  goal: z.string().min(1),
  /** When an editor last searched public sources for reports on this goal (YYYY-MM-DD). */
  searched: isoDate,
  /** What sources report, each with its sources; empty when nothing was found. */
  findings: z.array(finding).default([]),
});

export type GoalReportData = z.infer<typeof goalReportSchema>;
