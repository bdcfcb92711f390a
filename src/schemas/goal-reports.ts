import { z } from 'astro/zod';
import { isoDate, sources } from './common.ts';

/** One finding about a goal: what a public source says, in both site languages. */
const finding = z.strictObject({
  /**
   * What the source reports, in Chinese, keeping its own wording; no verdict of ours.
   * @label 中文
   * @zh 来源报道了什么，用中文写，保留来源的原话；不加我们的评判。
   */
  zh: z.string().min(1),
  /**
   * The same in English.
   * @label 英文
   * @zh 同样的内容，用英文写。
   */
  en: z.string().min(1),
  /**
   * Where it is reported: originals only (a government website or a news outlet's own site).
   * @label 来源
   * @zh 报道的出处：只用原始来源（政府网站或新闻媒体自己的网站）。
   */
  sources,
});

/**
 * What public sources report on one of the plan's 2025 goals (二、工作目标). content/goal-reports.yaml
 * holds one item per goal clause, in the plan's order; a goal with no report has an empty
 * `findings` list and is shown as “no public report found” as of `searched`.
 * @zh 公开来源对方案某个2025年目标（二、工作目标）的报道。content/goal-reports.yaml 中每个目标分句一项，按方案的顺序；没有报道的目标 findings 留空，显示为截至 searched 日期“未找到公开报道”。
 */
export const goalReportSchema = z.strictObject({
  /**
   * Stable ASCII id of the item, e.g. income-growth (Astro's data loader needs one per item).
   * @label 编号
   * @zh 该项的固定英文编号，例如 income-growth（Astro 的数据加载需要每项有一个）。
   */
  id: z
    .string()
    .regex(
      /^[a-z0-9]+(-[a-z0-9]+)*$/,
      '请用小写英文字母和连字符，例如 income-growth / use lowercase ASCII words joined by hyphens',
    ),
  /**
   * The goal clause exactly as the plan's 2025 goals write it (policy file, goals[year=2025].items).
   * @label 目标
   * @zh 与方案2025年目标原文完全一致的目标分句（政策文件的 goals[year=2025].items）。
   */
  goal: z.string().min(1),
  /**
   * When an editor last searched public sources for reports on this goal (YYYY-MM-DD).
   * @label 检索日期
   * @zh 编辑最后一次检索该目标公开报道的日期（YYYY-MM-DD）。
   */
  searched: isoDate,
  /**
   * What sources report, each with its sources; empty when nothing was found.
   * @label 报道
   * @zh 来源报道的内容，每条附来源；什么也没找到时留空。
   */
  findings: z.array(finding).default([]),
});

export type GoalReportData = z.infer<typeof goalReportSchema>;
