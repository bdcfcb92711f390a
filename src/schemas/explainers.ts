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
 * @zh “解读”：本站对一条措施的简短解读，显示在措施页上，并注明不是官方解读。文件：content/explainers/<语言>/<编号>.mdx（措施编号）。正文用日常语言说明措施要求什么；不加入措施原文和所列来源以外的事实。
 */
export const explainerSchema = z.strictObject({
  /**
   * The number of the measure explained; the same as the file name.
   * @label 措施编号
   * @zh 所解读措施的编号，与文件名相同。
   * @neutral
   */
  measure: measureNumber,
  /**
   * Whom the measure concerns (rural residents, veterans and their families, pupils …).
   * @label 相关人群
   * @zh 措施涉及哪些人群（农村居民、退役军人及家属、学生……）。
   * @neutral
   */
  audiences: z
    .array(z.enum(AUDIENCES))
    .min(1, '至少写一类相关人群 / name at least one group the measure concerns'),
  /**
   * Ids of the glossary terms the explainer uses (content/glossary.yaml), linked under the text.
   * @label 术语
   * @zh 解读用到的术语表条目 id（content/glossary.yaml），链接显示在正文下方。
   * @neutral
   * @ref glossary
   */
  terms: z.array(z.string().min(1)).default([]),
  /**
   * Sources for anything the explainer says beyond the measure's own text; usually none.
   * @label 来源
   * @zh 解读中超出措施原文的内容的出处；通常没有。
   */
  sources: z.array(source).default([]),
  /**
   * When an editor last searched public sources for reports on this measure (YYYY-MM-DD). A
   * measure with no progress item shows “no public report found as of” this month.
   * @label 进展检索日期
   * @zh 编辑最后一次检索该措施公开报道的日期（YYYY-MM-DD）；没有进展条目的措施显示“截至该月未找到公开报道”。
   */
  progressSearched: isoDate,
  /**
   * Date of the last real edit, overriding the date taken from git history (YYYY-MM-DD).
   * @label 修改日期
   * @zh 最后一次实质修改的日期；填写后代替 git 记录的日期（YYYY-MM-DD）。
   */
  lastUpdated: isoDate.optional(),
});

export type ExplainerData = z.infer<typeof explainerSchema>;
