import { z } from 'astro/zod';
import { entryBase, partialDate, placeRef, relatedMeasures, sourcing } from './common.ts';

/**
 * A specialty product named in measure 6. File: content/products/<locale>/<slug>.mdx.
 * The body describes the product and its history, with sources.
 * @zh 第6条措施点名的特色农产品。文件：content/products/<语言>/<slug>.mdx。正文介绍产品及其历史，注明来源。
 */
export const productSchema = z.strictObject({
  ...entryBase,
  /**
   * The name used in registrations or the plan (e.g. 荥阳柿子).
   * @label 登记名称
   * @zh 登记或方案中使用的名称（例如荥阳柿子）。
   * @neutral
   */
  registeredName: z.string().min(1),
  /**
   * Other names (e.g. 密二花, 尖山金银花) and what the product is made from, if relevant.
   * @label 其他名称
   * @zh 其他名称（例如密二花、尖山金银花），以及产品的原料（如适用）。
   * @neutral
   */
  commonNames: z.array(z.string().min(1)).default([]),
  /**
   * Raw material when the product is processed (登封芥丝 is made from 登封芥菜).
   * @label 原料
   * @zh 加工品的原料（登封芥丝用登封芥菜制成）。
   */
  madeFrom: z.string().min(1).optional(),
  /**
   * Places it comes from (content/places slugs), main place first.
   * @label 产地
   * @zh 产地（content/places 的 slug），主要产地在前。
   * @neutral
   */
  places: z.array(placeRef).min(1),
  /**
   * Geographical-indication history, oldest first. Leave empty when none is confirmed.
   * @label 地理标志记录
   * @zh 地理标志的历史，从早到晚。没有确认的记录时留空。
   */
  giHistory: z
    .array(
      z.strictObject({
        /**
         * YYYY, YYYY-MM or YYYY-MM-DD.
         * @label 日期
         * @zh YYYY、YYYY-MM 或 YYYY-MM-DD。
         */
        date: partialDate,
        /**
         * agricultural: 农产品地理标志; product: 地理标志产品 (AQSIQ/CNIPA); trademark: 地理标志证明商标.
         * @label 类型
         * @zh agricultural：农产品地理标志；product：地理标志产品（原质检总局、国家知识产权局）；trademark：地理标志证明商标。
         */
        type: z.enum(['agricultural', 'product', 'trademark']),
        /**
         * Name registered, when it differs from the product's (e.g. 登封芥菜).
         * @label 登记名称
         * @zh 与产品名称不同时，写登记的名称（例如登封芥菜）。
         */
        name: z.string().min(1).optional(),
        /**
         * Authority, e.g. 国家知识产权局.
         * @label 登记机关
         * @zh 登记机关，例如国家知识产权局。
         */
        authority: z.string().min(1),
        /**
         * Announcement number, e.g. 第646号.
         * @label 公告号
         * @zh 公告号，例如第646号。
         */
        announcement: z.string().min(1).optional(),
        /**
         * granted, converted (from an earlier type), pending (public notice), or reported (unconfirmed).
         * @label 状态
         * @zh granted 已获批；converted 由原来的类型转换；pending 公示中；reported 有报道但未确认。
         */
        status: z.enum(['granted', 'converted', 'pending', 'reported']),
        /**
         * Remark shown with the entry.
         * @label 备注
         * @zh 与该记录一起显示的说明。
         */
        note: z.string().min(1).optional(),
      }),
    )
    .default([]),
  /**
   * Where it is grown or made, as sources describe it.
   * @label 产区
   * @zh 来源描述的种植或生产区域。
   */
  productionArea: z.string().min(1),
  /**
   * Harvest months 1–12 when a source gives them; leave empty when not found.
   * @label 采收月份
   * @zh 来源给出时写采收月份（1–12）；查不到时留空。
   * @neutral
   */
  harvestMonths: z.array(z.number().int().min(1).max(12)).default([]),
  /**
   * Characteristics sources describe, one per item.
   * @label 特点
   * @zh 来源描述的特点，每项一条。
   */
  characteristics: z.array(z.string().min(1)).default([]),
  /**
   * The plan's measures whose text concerns this product, ascending; 6 names the five products.
   * @label 相关措施
   * @zh 涉及该产品的措施编号，从小到大；第6条提到这五种产品。
   * @neutral
   */
  relatedMeasures,
  ...sourcing,
});

export type ProductData = z.infer<typeof productSchema>;
