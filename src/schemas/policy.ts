import { z } from 'astro/zod';
import { entryBase, isoDate, partialDate, sources } from './common.ts';

/** What identifies a document the plan refers to (the fields every document entry starts with). */
const documentHead = {
  /**
   * Full title with 《》, as the plan cites it.
   * @label 标题
   * @zh 带书名号的完整标题，照方案引用的写法。
   */
  title: z.string().min(1),
  /**
   * Issuing body, e.g. 国务院.
   * @label 发文机关
   * @zh 发文机关，例如国务院。
   */
  issuer: z.string().min(1),
  /**
   * Document number, only when a source confirms it (e.g. 国发〔2021〕3号).
   * @label 文号
   * @zh 文号，仅在有来源确认时填写（例如国发〔2021〕3号）。
   */
  docNumber: z.string().min(1).optional(),
  /**
   * Number as the plan writes it when no other source confirms it.
   * @label 方案所引文号
   * @zh 没有其他来源确认时，照方案的写法写文号。
   */
  docNumberAsCited: z.string().min(1).optional(),
  /**
   * Date the document was made public or came into force, as precise as sources allow.
   * @label 日期
   * @zh 文件公开发布或施行的日期，按来源能确定的精度写。
   */
  date: partialDate.optional(),
  /**
   * What the date is: published, in force, adopted or released.
   * @label 日期含义
   * @zh 日期是什么：published 发布、in-force 施行、adopted 通过、released 公布。
   */
  dateKind: z.enum(['published', 'in-force', 'adopted', 'released']).optional(),
};

/** What is uncertain about a document and where its facts come from (the fields it ends with). */
const documentTail = {
  /**
   * What is uncertain about this document, in the page's language.
   * @label 存疑
   * @zh 这份文件有哪些不确定之处，用本页的语言写。
   */
  caveat: z.string().min(1).optional(),
  /**
   * Where the facts about this document come from.
   * @label 来源
   * @zh 关于这份文件的事实出处。
   */
  sources,
};

/** A document the plan says it implements (国发〔2021〕3号 and the provincial documents). */
const parentDocument = z.strictObject({ ...documentHead, ...documentTail });

/**
 * A document of the same policy family that the plan does not cite: a national sibling, a
 * later provincial or city document, a successor. Shown as related, never as a parent.
 * Split into head and tail so the keys stay in the order the content files use.
 */
const relatedDocument = z.strictObject({
  ...documentHead,
  /**
   * How it relates to the plan: sibling (same family, same level as a parent), later, successor.
   * @label 关系
   * @zh 与本方案的关系：sibling 同一系列、与上级文件同级；later 后来的文件；successor 接续的文件。
   */
  relation: z.enum(['sibling', 'later', 'successor']),
  /**
   * One sentence in the page's language on what the document is and why it is related.
   * @label 简介
   * @zh 用本页的语言一句话说明这是什么文件、为什么相关。
   */
  summary: z.string().min(1),
  ...documentTail,
});

/** Whether the document is still in force, as far as public sources show. */
const documentStatus = z.strictObject({
  /**
   * in-force: a source states it is valid (e.g. 有效 on its official page); repealed; replaced
   * by another document; no-notice-found: no notice of repeal or revision was found.
   * @label 状态
   * @zh in-force：有来源写明有效（如官方页面标注“有效”）；repealed：已废止；replaced：被其他文件取代；no-notice-found：未找到废止或修订的通知。
   */
  state: z.enum(['in-force', 'repealed', 'replaced', 'no-notice-found']),
  /**
   * When an editor last searched for notices of repeal, revision or clearance (YYYY-MM-DD).
   * @label 检查日期
   * @zh 编辑最后一次检索废止、修订或清理通知的日期（YYYY-MM-DD）。
   */
  checked: isoDate,
  /**
   * What was searched and found, in the page's language.
   * @label 说明
   * @zh 用本页的语言写明检索了什么、找到了什么。
   */
  note: z.string().min(1),
  /**
   * The sources the state rests on (for no-notice-found: the rules on clearance that were checked).
   * @label 来源
   * @zh 状态所依据的来源（no-notice-found 时写所查阅的清理规定）。
   */
  sources,
});

/** One of the plan's chapters (一 to 六). */
const chapter = z.strictObject({
  /**
   * Chapter number 1 to 6 (一 to 六).
   * @label 编号
   * @zh 部分的编号，1至6（一至六）。
   */
  number: z.number().int().min(1).max(6),
  /**
   * Chapter heading without its numeral, e.g. 保障措施.
   * @label 标题
   * @zh 不含序号的部分标题，例如保障措施。
   */
  title: z.string().min(1),
});

/** The plan's goals for one target year, split into the items of the official sentence. */
const goal = z.strictObject({
  /**
   * Target year: 2025 or 2035.
   * @label 目标年份
   * @zh 目标年份：2025 或 2035。
   */
  year: z.number().int().min(2021).max(2050),
  /**
   * The goal's parts, each in the official wording.
   * @label 分项
   * @zh 目标的各个分句，每项照官方原文。
   */
  items: z.array(z.string().min(1)).min(1),
});

/**
 * The document itself: the gov.cn metadata block and the parts that are not measures.
 * The body holds the notice, preamble, 指导思想 and 工作目标 (Chinese: verbatim).
 * @zh 政策文件本身：政府网站的元数据和不属于措施的部分。正文是通知、序言、指导思想和工作目标（中文照录原文）。
 */
export const policySchema = z.strictObject({
  ...entryBase,
  /**
   * Title of the notice as issued (关于印发…的通知).
   * @label 通知标题
   * @zh 印发通知的标题（关于印发……的通知）。
   */
  noticeTitle: z.string().min(1),
  /**
   * 发文机关: the issuing office.
   * @label 发文机关
   * @zh 发文机关（印发通知的办公厅）。
   */
  issuer: z.string().min(1),
  /**
   * The notice title in Hanyu Pinyin, for APA references in English-language papers (APA 7
   * asks for a romanised title before the English translation). English entry only.
   * @label 通知标题拼音
   * @zh 通知标题的汉语拼音，供英文论文的 APA 参考文献使用（APA 7 要求在英文译名前写罗马化的标题）。只在英文文件中填写。
   */
  noticeTitleRomanized: z.string().min(1).optional(),
  /**
   * The document number in Latin letters, e.g. Zheng Zheng Ban [2021] No. 62. English entry only.
   * @label 文号的拉丁字母写法
   * @zh 用拉丁字母写的文号，例如 Zheng Zheng Ban [2021] No. 62。只在英文文件中填写。
   */
  docNumberRomanized: z.string().min(1).optional(),
  /**
   * 发文字号, e.g. 郑政办〔2021〕62号.
   * @label 发文字号
   * @zh 发文字号，例如郑政办〔2021〕62号。
   * @neutral
   */
  docNumber: z.string().min(1),
  /**
   * 索引号: the gov.cn index number, only when known from a source.
   * @label 索引号
   * @zh 政府网站上的索引号，仅在有来源时填写。
   * @neutral
   */
  indexNumber: z.string().min(1).optional(),
  /**
   * 主题分类: the gov.cn subject category, only when known from a source.
   * @label 主题分类
   * @zh 政府网站上的主题分类，仅在有来源时填写。
   */
  subject: z.string().min(1).optional(),
  /**
   * 主送: the bodies the notice is addressed to.
   * @label 主送
   * @zh 主送机关。
   */
  recipients: z.string().min(1),
  /**
   * 成文日期 (YYYY-MM-DD).
   * @label 成文日期
   * @zh 成文日期（YYYY-MM-DD）。
   * @neutral
   */
  dateWritten: isoDate,
  /**
   * 印发日期 (YYYY-MM-DD).
   * @label 印发日期
   * @zh 印发日期（YYYY-MM-DD）。
   * @neutral
   */
  dateIssued: isoDate,
  /**
   * 主办: the department in charge of the plan.
   * @label 主办
   * @zh 负责该方案的主办部门。
   */
  host: z.string().min(1),
  /**
   * 督办: the office supervising it.
   * @label 督办
   * @zh 督办单位。
   */
  supervisor: z.string().min(1),
  /**
   * 抄送: the bodies that received copies, in the official order.
   * @label 抄送
   * @zh 抄送机关，按官方顺序。
   */
  copiedTo: z.array(z.string().min(1)).min(1),
  /**
   * Where the official publication is: the issuer's website, and the exact page once confirmed.
   * @label 官方发布
   * @zh 官方发布的位置：发文机关的网站；确认后写文件页面的地址。
   */
  official: z.strictObject({
    /**
     * Name of the official website, e.g. 郑州市人民政府网站.
     * @label 网站名称
     * @zh 官方网站的名称，例如郑州市人民政府网站。
     */
    name: z.string().min(1),
    /**
     * Address of that website.
     * @label 网站地址
     * @zh 该网站的地址。
     */
    url: z.url(),
    /**
     * Address of the document's own page on it, only when an editor has confirmed it.
     * @label 文件页面
     * @zh 文件在该网站上的页面地址，仅在编辑确认后填写。
     */
    pageUrl: z.url().optional(),
  }),
  /**
   * The chapters 一 to 六 in order.
   * @label 各部分
   * @zh 一至六部分，按顺序。
   */
  chapters: z.array(chapter).length(6),
  /**
   * 工作目标 as structured lists per target year.
   * @label 工作目标
   * @zh 按目标年份分列的工作目标。
   */
  goals: z.array(goal).min(1),
  /**
   * The higher-level documents the plan implements, in the order the preamble names them.
   * @label 上级文件
   * @zh 方案所贯彻的上级文件，按序言提到的顺序。
   */
  implements: z.array(parentDocument).min(1),
  /**
   * Whether the document is still in force, with the date it was last checked.
   * @label 效力状态
   * @zh 文件是否仍然有效，以及最后检查的日期。
   */
  status: documentStatus,
  /**
   * Documents of the same policy family that the plan does not cite (national siblings, successors), oldest first.
   * @label 相关文件
   * @zh 方案没有引用的同系列文件（国家层面的同级文件、后来的文件、接续的文件），从早到晚。
   */
  related: z.array(relatedDocument).default([]),
  /**
   * Sources for the metadata block (the official page and the printed text).
   * @label 来源
   * @zh 元数据部分的来源（官方页面和印刷文本）。
   */
  sources,
  /**
   * When an editor last compared the text with the official publication (YYYY-MM-DD).
   * @label 核对日期
   * @zh 编辑最后一次对照官方发布核对全文的日期（YYYY-MM-DD）。
   */
  lastVerified: isoDate,
});

export type PolicyData = z.infer<typeof policySchema>;
