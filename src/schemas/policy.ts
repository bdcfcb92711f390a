import { z } from 'astro/zod';
import { entryBase, isoDate, partialDate, sources } from './common.ts';

/** What identifies a document the plan refers to (the fields every document entry starts with). */
const documentHead = {
  /** Full title with 《》, as the plan cites it. */
  title: z.string().min(1),
  /** Issuing body, e.g. 国务院. */
  issuer: z.string().min(1),
  /** Document number, only when a source confirms it (e.g. 国发〔2021〕3号). */
  docNumber: z.string().min(1).optional(),
  /** Number as the plan writes it when no other source confirms it. */
  docNumberAsCited: z.string().min(1).optional(),
  /** Date the document was made public or came into force, as precise as sources allow. */
  date: partialDate.optional(),
  /** What the date is: published, in force, adopted or released. */
  dateKind: z.enum(['published', 'in-force', 'adopted', 'released']).optional(),
};

/** What is uncertain about a document and where its facts come from (the fields it ends with). */
const documentTail = {
  /** What is uncertain about this document, in the page's language. */
  caveat: z.string().min(1).optional(),
  /** Where the facts about this document come from. */
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
  /** How it relates to the plan: sibling (same family, same level as a parent), later, successor. */
  relation: z.enum(['sibling', 'later', 'successor']),
  /** One sentence in the page's language on what the document is and why it is related. */
  summary: z.string().min(1),
  ...documentTail,
});

/** Whether the document is still in force, as far as public sources show. */
const documentStatus = z.strictObject({
  /**
   * in-force: a source states it is valid (e.g. 有效 on its official page); repealed; replaced
   * by another document; no-notice-found: no notice of repeal or revision was found.
   */
  state: z.enum(['in-force', 'repealed', 'replaced', 'no-notice-found']),
  /** When an editor last searched for notices of repeal, revision or clearance (YYYY-MM-DD). */
  checked: isoDate,
  /** What was searched and found, in the page's language. */
  note: z.string().min(1),
  /** The sources the state rests on (for no-notice-found: the rules on clearance that were checked). */
  sources,
});

/** One of the plan's chapters (一 to 六). */
const chapter = z.strictObject({
  /** Chapter number 1 to 6 (一 to 六). */
  number: z.number().int().min(1).max(6),
  /** Chapter heading without its numeral, e.g. 保障措施. */
  title: z.string().min(1),
});

/** The plan's goals for one target year, split into the items of the official sentence. */
const goal = z.strictObject({
  /** Target year: 2025 or 2035. */
  year: z.number().int().min(2021).max(2050),
  /** The goal's parts, each in the official wording. */
  items: z.array(z.string().min(1)).min(1),
});

/**
 * The document itself: the gov.cn metadata block and the parts that are not measures.
 * The body holds the notice, preamble, 指导思想 and 工作目标 (Chinese: verbatim).
 */
export const policySchema = z.strictObject({
  ...entryBase,
  /** Title of the notice as issued (关于印发…的通知). */
  noticeTitle: z.string().min(1),
  /** 发文机关: the issuing office. */
  issuer: z.string().min(1),
  /**
   * The notice title in Hanyu Pinyin, for APA references in English-language papers (APA 7
   * asks for a romanised title before the English translation). English entry only.
   */
  noticeTitleRomanized: z.string().min(1).optional(),
  /** The document number in Latin letters, e.g. Zheng Zheng Ban [2021] No. 62. English entry only. */
  docNumberRomanized: z.string().min(1).optional(),
  /** 发文字号, e.g. 郑政办〔2021〕62号. */
  docNumber: z.string().min(1),
  /** 索引号: the gov.cn index number, only when known from a source. */
  indexNumber: z.string().min(1).optional(),
  /** 主题分类: the gov.cn subject category, only when known from a source. */
  subject: z.string().min(1).optional(),
  /** 主送: the bodies the notice is addressed to. */
  recipients: z.string().min(1),
  /** 成文日期 (YYYY-MM-DD). */
  dateWritten: isoDate,
  /** 印发日期 (YYYY-MM-DD). */
  dateIssued: isoDate,
  /** 主办: the department in charge of the plan. */
  host: z.string().min(1),
  /** 督办: the office supervising it. */
  supervisor: z.string().min(1),
  /** 抄送: the bodies that received copies, in the official order. */
  copiedTo: z.array(z.string().min(1)).min(1),
  /** Where the official publication is: the issuer's website, and the exact page once confirmed. */
  official: z.strictObject({
    /** Name of the official website, e.g. 郑州市人民政府网站. */
    name: z.string().min(1),
    /** Address of that website. */
    url: z.url(),
    /** Address of the document's own page on it, only when an editor has confirmed it. */
    pageUrl: z.url().optional(),
  }),
  /** The chapters 一 to 六 in order. */
  chapters: z.array(chapter).length(6),
  /** 工作目标 as structured lists per target year. */
  goals: z.array(goal).min(1),
  /** The higher-level documents the plan implements, in the order the preamble names them. */
  implements: z.array(parentDocument).min(1),
  /** Whether the document is still in force, with the date it was last checked. */
  status: documentStatus,
  /** Documents of the same policy family that the plan does not cite (national siblings, successors), oldest first. */
  related: z.array(relatedDocument).default([]),
  /** Sources for the metadata block (the official page and the printed text). */
  sources,
  /** When an editor last compared the text with the official publication (YYYY-MM-DD). */
  lastVerified: isoDate,
});

export type PolicyData = z.infer<typeof policySchema>;
