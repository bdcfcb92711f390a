import { z } from 'astro/zod';
import { entryBase, rejectedEnglish, relatedMeasures, sourcing } from './common.ts';

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
  /**
   * English page only: spellings of the English title not to be used, e.g. Zhongmu County; the check reports them.
   * @label 不用的英文译名
   * @zh 仅英文页面：不应使用的其他英文拼写；检查程序会报出。
   */
  variantsEn: rejectedEnglish,
  /**
   * The plan's measures whose text names this place or its products, ascending (e.g. 12 names 登封、新密、巩义、荥阳).
   * @label 相关措施
   * @zh 原文提到本地或本地产品的措施编号，从小到大。
   * @neutral
   */
  relatedMeasures,
  ...sourcing,
});

export type PlaceData = z.infer<typeof placeSchema>;
