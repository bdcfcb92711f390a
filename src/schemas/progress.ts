import { z } from 'astro/zod';
import { isoDate, measureNumber, partialDate } from './common.ts';

/** The kinds of source a progress item may rest on: originals only, never a copy. */
export const PROGRESS_SOURCE_KINDS = ['official-government', 'news-outlet'] as const;

/**
 * One dated report of what has happened on the plan's measures since November 2021. File:
 * content/progress/<locale>/<slug>.mdx, slug = date and a few words
 * (2023-05-06-memorial-next-step). Only an original report counts: an official government
 * website or a news outlet's own site; a copy on an unrelated website is a lead for
 * finding the original, never a source here. The claim keeps the source's own verb
 * (拟 / 推进 / 开工 / 建成 are different facts), and the verb must appear in the quote.
 * @zh 一条有日期的报道：2021年11月以来方案各项措施的进展。文件：content/progress/<语言>/<slug>.mdx，slug 是日期加几个词（2023-05-06-memorial-next-step）。只认原始报道：政府官方网站或新闻媒体自己的网站；无关网站上的转载只是寻找原文的线索，不能作为来源。内容保留来源的动词（拟、推进、开工、建成是不同的事实），这个动词必须出现在摘录中。
 */
export const progressSchema = z.strictObject({
  /**
   * A short headline in the page's language, with the source's verb, e.g. 市文旅局：纪念馆列为“下一步重点推进”.
   * @label 标题
   * @zh 用本页的语言写的简短标题，保留来源的动词，例如 市文旅局：纪念馆列为“下一步重点推进”。
   */
  title: z.string().min(1).max(80),
  /**
   * When it happened or was reported, as the source dates it: YYYY, YYYY-MM or YYYY-MM-DD; never in the future.
   * @label 日期
   * @zh 来源所记的发生或报道日期：YYYY、YYYY-MM 或 YYYY-MM-DD；不能晚于今天。
   * @neutral
   */
  date: partialDate,
  /**
   * The measures it concerns (1 to 20).
   * @label 相关措施
   * @zh 涉及的措施（1至20）。
   * @neutral
   */
  measures: z.array(measureNumber).min(1, '至少写一条相关措施 / name at least one measure'),
  /**
   * What the source reports, in the page's language, keeping its verb; no more than it says.
   * @label 内容
   * @zh 用本页的语言写来源报道了什么，保留其动词；不多于来源所说。
   */
  claim: z.string().min(1),
  /**
   * The source's own words that support the claim, copied exactly (in the source's language).
   * @label 原文摘录
   * @zh 支持上述内容的来源原话，一字不差（用来源的语言）。
   * @neutral
   */
  quote: z.string().min(1),
  /**
   * The source's verb, exactly as it appears in the quote (e.g. 下一步重点推进, 认定, 开工).
   * @label 动词
   * @zh 来源的动词，与摘录中的写法完全一致（例如下一步重点推进、认定、开工）。
   * @neutral
   */
  verb: z.string().min(1),
  /**
   * The original report.
   * @label 原始报道
   * @zh 原始报道。
   */
  source: z.strictObject({
    /**
     * Title of the report or page, as the source gives it.
     * @label 标题
     * @zh 照来源写的报道或网页标题。
     */
    title: z.string().min(1),
    /**
     * Who published it (e.g. 郑州市文化广电和旅游局, 中原网).
     * @label 发布者
     * @zh 发布者（例如郑州市文化广电和旅游局、中原网）。
     */
    publisher: z.string().min(1),
    /**
     * Web address of the original report.
     * @label 网址
     * @zh 原始报道的网址。
     */
    url: z.url(),
    /**
     * official-government: a government body's own website; news-outlet: a news outlet's own website.
     * @label 来源类型
     * @zh official-government：政府机构自己的网站；news-outlet：新闻媒体自己的网站。
     */
    kind: z.enum(PROGRESS_SOURCE_KINDS),
    /**
     * When the report was published, when it differs from `date`.
     * @label 发布日期
     * @zh 报道的发布日期，与“日期”不同时填写。
     */
    date: partialDate.optional(),
  }),
  /**
   * When an editor last read the source and compared the claim with its wording (YYYY-MM-DD); never in the future.
   * @label 核对日期
   * @zh 编辑最后一次阅读来源、核对内容与原话的日期（YYYY-MM-DD）；不能晚于今天。
   */
  lastChecked: isoDate,
  /**
   * Slugs of heritage sites the report concerns (content/sites).
   * @label 相关地标
   * @zh 报道涉及的红色地标的 slug（content/sites）。
   * @neutral
   * @ref sites
   */
  sites: z.array(z.string().min(1)).default([]),
  /**
   * Date of the last real edit, overriding the date taken from git history (YYYY-MM-DD).
   * @label 修改日期
   * @zh 最后一次实质修改的日期；填写后代替 git 记录的日期（YYYY-MM-DD）。
   */
  lastUpdated: isoDate.optional(),
});

export type ProgressData = z.infer<typeof progressSchema>;
