import { z } from 'astro/zod';
import { entryBase, isoDate, partialDate, placeRef, relatedMeasures, sourcing } from './common.ts';

/** The kinds of heritage site, in the order the filters show them. */
export const SITE_KINDS = [
  'memorial-hall',
  'former-site',
  'martyrs-cemetery',
  'monument',
  'memorial-park',
] as const;

/** A piece of visiting information with the date someone last confirmed it. */
const visitingFact = z.strictObject({
  /**
   * The information as a reader needs it, e.g. 免费开放.
   * @label 内容
   * @zh 读者需要的信息，例如免费开放。
   */
  value: z.string().min(1),
  /**
   * When an editor last confirmed this item (YYYY-MM-DD).
   * @label 确认日期
   * @zh 编辑最后一次确认该项的日期（YYYY-MM-DD）。
   */
  lastVerified: isoDate,
});

/**
 * A red-culture heritage site: a former site, memorial hall, martyrs' cemetery or monument.
 * File: content/sites/<locale>/<slug>.mdx; the body is the site's history with sources.
 * @zh 红色文化地标：旧址、纪念馆、烈士陵园或纪念碑。文件：content/sites/<语言>/<slug>.mdx；正文是地标的历史，注明来源。
 */
export const siteSchema = z.strictObject({
  ...entryBase,
  /**
   * Other names the site is known by (e.g. 张祜庄园, 柏茂庄园).
   * @label 其他名称
   * @zh 该地标的其他名称（例如张祜庄园、柏茂庄园）。
   */
  otherNames: z.array(z.string().min(1)).default([]),
  /**
   * Slug of the county-level place it lies in (content/places).
   * @label 所在地
   * @zh 所在县级市或区的 slug（content/places）。
   * @neutral
   */
  place: placeRef,
  /**
   * Address as precise as sources give it (town and village at least).
   * @label 地址
   * @zh 按来源能给出的最精确的地址（至少到乡镇和村）。
   */
  address: z.string().min(1),
  /**
   * What kind of site it is.
   * @label 类型
   * @zh 地标的类型：memorial-hall 纪念馆；former-site 旧址；martyrs-cemetery 烈士陵园；monument 纪念碑；memorial-park 纪念园。
   * @neutral
   */
  kind: z.enum(SITE_KINDS),
  /**
   * Historical period the site commemorates, e.g. 抗日战争时期.
   * @label 时期
   * @zh 地标所纪念的历史时期，例如抗日战争时期。
   */
  period: z.string().min(1),
  /**
   * Protection and recognition titles, each with its level and the year it was granted.
   * @label 保护和认定称号
   * @zh 保护和认定称号，每项写明级别和获得的年份。
   */
  titles: z
    .array(
      z.strictObject({
        /**
         * The title as awarded, e.g. 全国重点文物保护单位.
         * @label 称号
         * @zh 所获的称号，例如全国重点文物保护单位。
         */
        title: z.string().min(1),
        /**
         * national, provincial, municipal (郑州) or county-level (县级市).
         * @label 级别
         * @zh national 国家级；provincial 省级；municipal 市级（郑州）；county 县级（县级市）。
         */
        level: z.enum(['national', 'provincial', 'municipal', 'county']),
        /**
         * When it was granted: YYYY, YYYY-MM or YYYY-MM-DD; leave out when unknown.
         * @label 日期
         * @zh 获得的时间：YYYY、YYYY-MM 或 YYYY-MM-DD；不知道就不写。
         */
        date: partialDate.optional(),
        /**
         * Batch or remark, e.g. 第六批.
         * @label 备注
         * @zh 批次或说明，例如第六批。
         */
        note: z.string().min(1).optional(),
      }),
    )
    .default([]),
  /**
   * Dated events at the site, oldest first.
   * @label 大事
   * @zh 在此发生的有日期的事件，从早到晚。
   */
  keyDates: z
    .array(
      z.strictObject({
        /**
         * YYYY, YYYY-MM or YYYY-MM-DD.
         * @label 日期
         * @zh YYYY、YYYY-MM 或 YYYY-MM-DD。
         */
        date: partialDate,
        /**
         * What happened.
         * @label 事件
         * @zh 发生了什么。
         */
        text: z.string().min(1),
      }),
    )
    .default([]),
  /**
   * Location, only from a citable source; leave out when none gives it.
   * @label 坐标
   * @zh 位置，只用可引用的来源；没有来源给出时不写。
   * @neutral
   */
  coordinates: z
    .strictObject({
      /**
       * [longitude, latitude] in decimal degrees.
       * @label 经纬度
       * @zh [经度, 纬度]，十进制度数。
       */
      lngLat: z.tuple([z.number(), z.number()]),
      /**
       * Datum of the numbers as stored; WGS-84 is standard (GPS).
       * @label 坐标系
       * @zh 所存数字的坐标系；WGS-84 是标准（GPS）。
       */
      datum: z.enum(['WGS-84']),
      /**
       * How precise the point is: the building, the village or the town.
       * @label 精度
       * @zh 这个点精确到什么：building 建筑、village 村、town 乡镇。
       */
      precision: z.enum(['building', 'village', 'town']),
    })
    .optional(),
  /**
   * Visiting information, each item with its own last-verified date.
   * @label 参观信息
   * @zh 参观信息，每项有各自的确认日期。
   */
  visiting: z
    .strictObject({
      /**
       * Opening hours.
       * @label 开放时间
       * @zh 开放时间。
       */
      hours: visitingFact.optional(),
      /**
       * Whether and how to book.
       * @label 预约
       * @zh 是否需要预约、怎样预约。
       */
      booking: visitingFact.optional(),
      /**
       * Admission price.
       * @label 门票
       * @zh 门票价格。
       */
      price: visitingFact.optional(),
      /**
       * Phone number of the site.
       * @label 电话
       * @zh 地标的电话号码。
       */
      phone: visitingFact.optional(),
      /**
       * How to get there by public transport or road.
       * @label 交通
       * @zh 乘公共交通或自驾前往的方式。
       */
      transport: visitingFact.optional(),
    })
    .optional(),
  /**
   * The plan's measures whose text concerns this site, ascending: 12 (protection of revolutionary
   * sites and martyrs' memorials) for every site; 11 when it serves red education or red tourism;
   * 7 when it lies in a place measure 7 names (伏羲山, 具茨山).
   * @label 相关措施
   * @zh 涉及该地标的措施编号，从小到大：每处地标都有第12条；用于红色教育或红色旅游的加第11条；位于第7条提到的伏羲山、具茨山的加第7条。
   * @neutral
   */
  relatedMeasures,
  ...sourcing,
});

export type SiteData = z.infer<typeof siteSchema>;
