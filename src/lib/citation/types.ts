/**
 * What the GB/T 7714 formatter (gbt7714.ts) needs to know about a work. On the site it is
 * made from the page's CSL-JSON items (citedWork() in csl-json.ts), the source of truth.
 */

/** An organisation (郑州市人民政府办公厅) or a person. */
export type Author = { literal: string } | { family: string; given?: string };

export interface CitedWork {
  /** A page on a website (GB/T 7714 [EB/OL]) or an official government document ([A]). */
  type: 'webpage' | 'government-document';
  authors: Author[];
  title: string;
  /** Document number (文号), e.g. 郑政办〔2021〕62号: other title information in GB/T 7714. */
  number?: string;
  /** Place and publisher of an offline document (GB/T 7714 出版地：出版者). */
  place?: string;
  publisher?: string;
  /** Date published or last updated: YYYY, YYYY-MM or YYYY-MM-DD. */
  issued?: string;
  /** Date the work was consulted (引用日期), YYYY-MM-DD. */
  accessed?: string;
  url?: string;
  /** BCP-47 language of the work, e.g. zh-CN or en. */
  language: string;
}

export const isPerson = (a: Author): a is { family: string; given?: string } => 'family' in a;

/** True for works in Chinese, Japanese or Korean (for “等” instead of “et al.” and similar). */
export const isCjk = (work: CitedWork) => /^(zh|ja|ko)\b/i.test(work.language);
