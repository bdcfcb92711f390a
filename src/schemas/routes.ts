import { z } from 'astro/zod';
import { entryBase, partialDate, placeRef, relatedMeasures, sourcing } from './common.ts';

/** One stop on a route: a site with its own page, or a named place without one. */
const stop = z
  .strictObject({
    /**
     * Slug of a site in content/sites, when the stop has a page.
     * @label 地标
     * @zh 有地标页面的站点：content/sites 中地标的 slug。
     * @ref sites
     */
    site: z.string().min(1).optional(),
    /**
     * Name of the stop as the route's publisher gives it (needed when there is no site page).
     * @label 名称
     * @zh 照线路发布者的写法写站名（没有地标页面时必填）。
     */
    name: z.string().min(1).optional(),
    /**
     * Place slug of a stop without a site page.
     * @label 地点
     * @zh 没有地标页面的站点所在地点的 slug。
     */
    place: placeRef.optional(),
    /**
     * Day of the trip this stop belongs to (1, 2, …), when the route is split into days.
     * @label 第几天
     * @zh 线路分天时，该站属于第几天（1、2……）。
     */
    day: z.number().int().min(1).optional(),
    /**
     * Remark, e.g. outside Zhengzhou.
     * @label 备注
     * @zh 说明，例如位于郑州以外。
     */
    note: z.string().min(1).optional(),
  })
  .refine((s) => s.site || s.name, {
    message: '每一站需要填写 site（地标 slug）或 name（名称） / a stop needs a site slug or a name',
    path: ['site'],
  });

/**
 * A red-tourism route as published by a named publisher.
 * File: content/routes/<locale>/<slug>.mdx; the body introduces the route.
 * @zh 由具名发布者公布的红色旅游线路。文件：content/routes/<语言>/<slug>.mdx；正文介绍线路。
 */
export const touristRouteSchema = z.strictObject({
  ...entryBase,
  /**
   * The route's theme or official name, e.g. 建党百年红色旅游精品线路.
   * @label 主题
   * @zh 线路的主题或正式名称，例如建党百年红色旅游精品线路。
   */
  theme: z.string().min(1),
  /**
   * Who published the route.
   * @label 发布者
   * @zh 线路的发布者。
   */
  publisher: z.string().min(1),
  /**
   * true when the publisher is a government body; false for associations and others.
   * @label 官方发布
   * @zh 发布者是政府机构时选“是”；协会等其他机构选“否”。
   * @neutral
   */
  official: z.boolean(),
  /**
   * When it was published: YYYY, YYYY-MM or YYYY-MM-DD.
   * @label 发布日期
   * @zh 发布日期：YYYY、YYYY-MM 或 YYYY-MM-DD。
   * @neutral
   */
  published: partialDate,
  /**
   * Stops in order.
   * @label 站点
   * @zh 按顺序排列的站点。
   */
  stops: z.array(stop).min(2, '线路至少有两站 / a route has at least two stops'),
  /**
   * Suggested number of days, only when the publisher gives one.
   * @label 天数
   * @zh 建议天数，仅在发布者给出时填写。
   * @neutral
   */
  days: z.number().int().min(1).optional(),
  /**
   * The plan's measures whose text concerns this route, ascending: 7 (red-tourism routes), 11 (red tourism).
   * @label 相关措施
   * @zh 涉及该线路的措施编号，从小到大：第7条（红色旅游线路）、第11条（红色旅游）。
   * @neutral
   */
  relatedMeasures,
  ...sourcing,
});

export type TouristRouteData = z.infer<typeof touristRouteSchema>;
export type TouristRouteStop = TouristRouteData['stops'][number];
