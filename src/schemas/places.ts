import { z } from 'astro/zod';
import { entryBase, sourcing } from './common.ts';

/**
 * A county-level city or district of Zhengzhou that the content touches.
 * File: content/places/<locale>/<slug>.mdx; the page lists its sites, products and routes.
 * @zh 内容涉及的郑州市县级市或区。文件：content/places/<语言>/<slug>.mdx；页面列出当地的地标、农产品和线路。
 */
export const placeSchema = z.strictObject({
  ...entryBase,
  /**
   * Administrative kind.
   * @label 行政类型
   * @zh 行政区划类型：county-level-city 县级市；district 区；county 县。
   * @neutral
   */
  kind: z.enum(['county-level-city', 'district', 'county']),
  /**
   * Hanyu Pinyin with tone marks, e.g. Xíngyáng; shown as ruby and used as the English name.
   * @label 拼音
   * @zh 带声调的汉语拼音，例如 Xíngyáng；显示为注音，也用作英文名称。
   * @neutral
   */
  pinyin: z.string().min(1),
  ...sourcing,
});

export type PlaceData = z.infer<typeof placeSchema>;
