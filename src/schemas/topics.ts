import { z } from 'astro/zod';
import { entryBase, measureNumber, placeRef, sourcing } from './common.ts';

/**
 * A topic page: connected, sourced prose on one subject (the 豫西 base area, the 1923
 * strike, the rivers, 伏羲山 and 具茨山, the revolutionary relics), with a short summary
 * and links into the detail pages that belong to it. File: content/topics/<locale>/<slug>.mdx.
 * Every paragraph of the body cites its sources with <Ref n="…" />, the number of a source
 * in `sources`; the detail pages listed under `related` link back to the topic.
 * @zh 专题页：围绕一个主题、有来源的连贯文字（豫西根据地、1923年大罢工、河流、伏羲山和具茨山、革命文物），附简短导语和相关详情页的链接。文件：content/topics/<语言>/<slug>.mdx。正文每段都用 <Ref n="…" /> 注明出处，n 是 sources 中来源的序号；下面列出的详情页会链回专题。
 */
export const topicSchema = z.strictObject({
  ...entryBase,
  /**
   * Two to four sentences shown at the top: what the reader will learn.
   * @label 导语
   * @zh 显示在页首的两到四句话：读者会了解什么。
   */
  summary: z.string().min(1).max(400),
  ...sourcing,
  /**
   * Heritage sites that belong to the topic (content/sites slugs).
   * @label 地标
   * @zh 属于该专题的红色地标（content/sites 的 slug）。
   * @neutral
   * @ref sites
   */
  sites: z.array(z.string().min(1)).default([]),
  /**
   * Places (content/places slugs).
   * @label 地点
   * @zh 地点（content/places 的 slug）。
   * @neutral
   */
  places: z.array(placeRef).default([]),
  /**
   * Timeline events (content/timeline slugs).
   * @label 大事
   * @zh 大事记条目（content/timeline 的 slug）。
   * @neutral
   * @ref timeline
   */
  events: z.array(z.string().min(1)).default([]),
  /**
   * Measures of the plan that concern the topic.
   * @label 措施
   * @zh 与专题相关的措施。
   * @neutral
   */
  measures: z.array(measureNumber).default([]),
  /**
   * Specialty products (content/products slugs).
   * @label 农产品
   * @zh 特色农产品（content/products 的 slug）。
   * @neutral
   * @ref products
   */
  products: z.array(z.string().min(1)).default([]),
  /**
   * Red-tourism routes (content/routes slugs).
   * @label 线路
   * @zh 红色旅游线路（content/routes 的 slug）。
   * @neutral
   * @ref routes
   */
  routes: z.array(z.string().min(1)).default([]),
});

export type TopicData = z.infer<typeof topicSchema>;
