import { z } from 'astro/zod';

/**
 * Building blocks shared by the collection schemas. Every object is strict: a misspelt or
 * unknown field is an error that names the field, never silently ignored.
 */

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** YAML turns an unquoted 2021-11-05 into a Date; keep every date as a 'YYYY-MM-DD' string. */
const dateToString = (value: unknown) =>
  value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;

function isRealDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A calendar day written YYYY-MM-DD, e.g. 2021-11-05. */
export const isoDate = z.preprocess(
  dateToString,
  z
    .string()
    .regex(ISO_DAY, '日期请写成 YYYY-MM-DD，例如 2021-11-05 / write the date as YYYY-MM-DD, e.g. 2021-11-05')
    .refine(isRealDay, '日历上没有这一天 / this day does not exist in the calendar'),
);

/** A date known to the year, month or day: 1945, 1944-09 or 1944-09-30. */
export const partialDate = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : dateToString(value)),
  z
    .string()
    .regex(
      /^\d{4}(-\d{2}(-\d{2})?)?$/,
      '请写成 YYYY、YYYY-MM 或 YYYY-MM-DD，例如 1944 或 1944-09-30 / write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 1944 or 1944-09-30',
    )
    .refine(
      (v) => v.length !== 10 || isRealDay(v),
      '日历上没有这一天 / this day does not exist in the calendar',
    )
    .refine(
      (v) => v.length !== 7 || (+v.slice(5) >= 1 && +v.slice(5) <= 12),
      '月份应为 01 至 12 / the month must be 01 to 12',
    ),
);

/** One source a page relies on. Give `url` for web pages or `publication` for print. */
export const source = z
  .strictObject({
    /**
     * Title of the article, page or document, as the source gives it.
     * @label 标题
     * @zh 文章、网页或文件的标题，照来源原样写。
     */
    title: z.string().min(1),
    /**
     * Who published it (e.g. 郑州日报, 郑州市文物局).
     * @label 发布者
     * @zh 发布者（如郑州日报、郑州市文物局）。
     */
    publisher: z.string().min(1).optional(),
    /**
     * Web address of the page.
     * @label 网址
     * @zh 网页地址。
     */
    url: z
      .url()
      .refine((u) => !/[{}]/.test(u), {
        message:
          '网址里有 { 或 }，像是没有展开的模板（如 {{href}}）：请打开原页面，复制浏览器地址栏里的完整网址 / the address contains { or }, a template that was never filled in (such as {{href}}): open the page and copy the full address from the browser',
      })
      .optional(),
    /**
     * Printed publication (book, gazetteer, newspaper issue) when there is no URL.
     * @label 出版物
     * @zh 没有网址时写印刷出版物（书、地方志、某期报纸）。
     */
    publication: z.string().min(1).optional(),
    /**
     * When the source was published: YYYY, YYYY-MM or YYYY-MM-DD.
     * @label 发布日期
     * @zh 来源的发布日期：YYYY、YYYY-MM 或 YYYY-MM-DD。
     */
    date: partialDate.optional(),
    /**
     * When an editor last read the source (YYYY-MM-DD).
     * @label 阅读日期
     * @zh 编辑最后一次阅读该来源的日期（YYYY-MM-DD）。
     */
    accessed: isoDate,
    /**
     * true when the URL is a copy on a mirror or aggregator site, not the original publisher.
     * @label 转载
     * @zh 网址是镜像或聚合网站上的转载、不是原发布者时选“是”。
     */
    mirror: z.boolean().optional(),
    /**
     * A short remark on what this source supports or how reliable it is.
     * @label 备注
     * @zh 简短说明该来源支持什么、可靠程度如何。
     */
    note: z.string().min(1).optional(),
  })
  .refine((s) => s.url || s.publication, {
    message:
      '来源需要网址（url），印刷品则写出版物（publication） / give the source a url or, for print, a publication',
    path: ['url'],
  });

/** One source as content files give it (after validation). */
export type SourceData = z.infer<typeof source>;

/** The sources of a factual page: at least one. */
export const sources = z
  .array(source)
  .min(
    1,
    '至少列出一个来源：每个事实页面都要注明出处 / add at least one source: every factual page cites where its facts come from',
  );

/** An open question shown on the page instead of a silent choice. */
export const factNote = z.strictObject({
  /**
   * conflict: sources disagree; gap: nothing found; unverified: only weak or promotional sources.
   * @label 类型
   * @zh conflict：来源说法不一；gap：查不到；unverified：只有薄弱或宣传性来源。
   */
  kind: z.enum(['conflict', 'gap', 'unverified']),
  /**
   * What is uncertain, in the page's language, e.g. “木塔建成年份：来源分别记为1951年和1953年”.
   * @label 说明
   * @zh 用本页的语言写明哪里不确定，例如“木塔建成年份：来源分别记为1951年和1953年”。
   */
  text: z.string().min(1),
});

/** Conflicts and gaps the page states openly. */
export const factNotes = z.array(factNote).default([]);

/** Fields every entry has: the title shown on the page and its one-sentence summary. */
export const entryBase = {
  /**
   * Title of the page (the measure's, site's or product's name).
   * @label 标题
   * @zh 页面标题（措施、地标或农产品的名称）。
   */
  title: z.string().min(1),
  /**
   * A shorter title (at most 60 characters) for the browser tab and search results, when `title` is long.
   * @label 短标题
   * @zh 标题较长时，用于浏览器标签页和搜索结果的短标题（不超过60个字）。
   */
  shortTitle: z.string().min(1).max(60).optional(),
  /**
   * One or two sentences for search results, link previews and the meta description.
   * @label 摘要
   * @zh 一两句话，用于搜索结果、链接预览和网页描述。
   */
  description: z.string().min(1).max(200),
  /**
   * Date of the last real edit, overriding the date taken from git history (YYYY-MM-DD).
   * @label 修改日期
   * @zh 最后一次实质修改的日期；填写后代替 git 记录的日期（YYYY-MM-DD）。
   */
  lastUpdated: isoDate.optional(),
};

/**
 * The sourcing fields every factual entry has: spread after the entry's own fields, since
 * that is where the content files (and so the CMS, which writes keys in schema order) put them.
 */
export const sourcing = {
  /**
   * Where the facts on this page come from.
   * @label 来源
   * @zh 本页事实的出处。
   */
  sources,
  /**
   * When an editor last checked this page's facts against its sources (YYYY-MM-DD).
   * @label 核实日期
   * @zh 编辑最后一次对照来源核实本页事实的日期（YYYY-MM-DD）。
   */
  lastVerified: isoDate,
  /**
   * Conflicts between sources and facts not found, shown in a box on the page.
   * @label 存疑说明
   * @zh 来源之间的矛盾和查不到的事实，显示在页面的提示框里。
   */
  notes: factNotes,
};

/**
 * Slug of a `places` entry (a county-level city or district), e.g. dengfeng.
 * @ref places
 */
export const placeRef = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    '请填写 content/places 中地点文件的 slug，例如 dengfeng / use the slug of a place file in content/places, e.g. dengfeng',
  );

/** Number of one of the plan's 20 measures. */
export const measureNumber = z
  .number()
  .int()
  .min(1, '措施编号为 1 至 20 / measures are numbered 1 to 20')
  .max(20, '措施编号为 1 至 20 / measures are numbered 1 to 20');

/**
 * English spellings of a name that English pages must not use (e.g. Vanguard Column for
 * 先遣支队). The content check reports each use on an English page with the fixed name.
 */
export const rejectedEnglish = z.array(z.string().min(3)).default([]);

/** Measure numbers in ascending order, each once (the related measures of a page). */
export const relatedMeasures = z
  .array(measureNumber)
  .default([])
  .refine(
    (list) => list.every((n, i) => i === 0 || list[i - 1]! < n),
    '每条措施只写一次，按从小到大排列 / list each measure once, in ascending order',
  );
