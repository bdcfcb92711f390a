import { cslDate, type CslItem } from './csl-json.ts';

/**
 * The CSL-JSON items a page cites: the page itself (a web page of this site, [EB/OL]) and,
 * on the policy and measure pages, the official document (郑政办〔2021〕62号, [A]). Pure:
 * the caller (src/lib/citation/page-data.ts) gathers the inputs from the content and the
 * build. What each type and field stands for is explained in csl-json.ts.
 */
export interface PageInput {
  /** Citation key, e.g. laoqu-policy-measures-12. */
  id: string;
  /** Title of the page as cited, e.g. 第12条 加强红色文物的保护利用. */
  title: string;
  /** Absolute canonical URL. */
  url: string;
  /** The site's name in the page's language: the page's (group) author. */
  siteName: string;
  /** BCP-47 language of the page. */
  language: string;
  /** Date the page's content last changed (YYYY-MM-DD), when known. */
  updated?: string;
  /** Access date (the build date). */
  accessed: string;
}

export function pageItem(p: PageInput): CslItem {
  return {
    id: p.id,
    type: 'webpage',
    title: p.title,
    author: [{ literal: p.siteName }],
    ...(p.updated && { issued: cslDate(p.updated) }),
    accessed: cslDate(p.accessed),
    URL: p.url,
    language: p.language,
  };
}

export interface PlanInput {
  id: string;
  /** 发文机关, e.g. 郑州市人民政府办公厅 (General Office of … on English pages). */
  issuer: string;
  /** Title of the notice as issued (Chinese). */
  noticeTitle: string;
  /** English translation of the title (English pages). */
  noticeTitleEnglish?: string;
  /** Pinyin of the title (English pages). */
  noticeTitleRomanized?: string;
  /** 发文字号 as issued, or romanised on English pages. */
  docNumber: string;
  /** The kind of document in the page's language: 通知, Notice. */
  genre: string;
  /** 印发日期 (YYYY-MM-DD). */
  dateIssued: string;
  /** The document's own page on the official site, once an editor has confirmed it. */
  officialPage?: string;
  accessed: string;
}

/**
 * The official document. On English pages it is cited as APA 7 asks in an English paper
 * (§9.38): the romanised title followed by its translation in square brackets. CSL has no
 * field for a translated title, so, as usual with CSL styles, the title carries both.
 */
export function planItem(p: PlanInput): CslItem {
  const title = p.noticeTitleEnglish
    ? `${p.noticeTitleRomanized ?? p.noticeTitle} [${p.noticeTitleEnglish}]`
    : p.noticeTitle;
  return {
    id: p.id,
    type: 'report',
    title,
    author: [{ literal: p.issuer }],
    genre: p.genre,
    number: p.docNumber,
    issued: cslDate(p.dateIssued),
    ...(p.officialPage && { URL: p.officialPage, accessed: cslDate(p.accessed) }),
    language: 'zh-CN',
  };
}
