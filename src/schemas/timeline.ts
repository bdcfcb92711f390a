import { z } from 'astro/zod';
import { entryBase, isoDate, measureNumber, partialDate, placeRef, sources } from './common.ts';

/**
 * A dated event, 1923 to today. File: content/timeline/<locale>/<slug>.mdx.
 * @zh 1923年至今的一件有日期的事。文件：content/timeline/<语言>/<slug>.mdx。
 */
export const timelineSchema = z.strictObject({
  ...entryBase,
  /**
   * When it happened: YYYY, YYYY-MM or YYYY-MM-DD (the precision follows from the form).
   * @label 日期
   * @zh 发生的时间：YYYY、YYYY-MM 或 YYYY-MM-DD（精度由写法决定）。
   * @neutral
   */
  date: partialDate,
  /**
   * Places involved (content/places slugs).
   * @label 地点
   * @zh 涉及的地点（content/places 的 slug）。
   * @neutral
   */
  places: z.array(placeRef).default([]),
  /**
   * Related site slugs.
   * @label 相关地标
   * @zh 相关红色地标的 slug（content/sites）。
   * @neutral
   * @ref sites
   */
  sites: z.array(z.string().min(1)).default([]),
  /**
   * Related measure numbers.
   * @label 相关措施
   * @zh 相关措施的编号。
   * @neutral
   */
  measures: z.array(measureNumber).default([]),
  /**
   * Where the event is documented.
   * @label 来源
   * @zh 记载该事件的来源。
   */
  sources,
  /**
   * When an editor last checked it (YYYY-MM-DD).
   * @label 核实日期
   * @zh 编辑最后一次核实的日期（YYYY-MM-DD）。
   */
  lastVerified: isoDate,
});

export type TimelineData = z.infer<typeof timelineSchema>;
