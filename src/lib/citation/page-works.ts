import type { CitedWork } from './types.ts';

/**
 * The works a page cites: the page itself (a web page of this site, [EB/OL]) and, on the
 * policy and measure pages, the official document (郑政办〔2021〕62号, [A]). Pure: the
 * caller (src/lib/citation/page-data.ts) gathers the inputs from the content and the build.
 */
export interface PageInput {
  /** Title of the page as cited, e.g. 第12条 加强红色文物的保护利用. */
  title: string;
  /** English title of the same page, when the page is Chinese and a translation exists. */
  englishTitle?: string;
  /** Absolute canonical URL. */
  url: string;
  /** The site's name in the page's language (author and publisher of the page). */
  siteName: string;
  /** BCP-47 language of the page. */
  language: string;
  /** Date the page's content last changed (YYYY-MM-DD), when known. */
  updated?: string;
  /** Access date (the build date). */
  accessed: string;
}

export function pageWork(p: PageInput): CitedWork {
  return {
    type: 'webpage',
    authors: [{ literal: p.siteName }],
    siteName: p.siteName,
    title: p.title,
    translatedTitle: p.englishTitle,
    issued: p.updated,
    accessed: p.accessed,
    url: p.url,
    language: p.language,
  };
}

export interface PlanInput {
  /** 发文机关, e.g. 郑州市人民政府办公厅 (in the citing page's language for APA). */
  issuer: string;
  /** Title of the notice as issued (Chinese). */
  noticeTitle: string;
  /** English title of the notice (APA translation on English pages). */
  noticeTitleEnglish?: string;
  /** Pinyin of the notice title (APA on English pages). */
  noticeTitleRomanized?: string;
  /** 发文字号 as issued, or romanised on English pages. */
  docNumber: string;
  /** 印发日期 (YYYY-MM-DD). */
  dateIssued: string;
  /** The document's own page on the official site, once an editor has confirmed it. */
  officialPage?: string;
  accessed: string;
}

export function planWork(p: PlanInput): CitedWork {
  return {
    type: 'government-document',
    authors: [{ literal: p.issuer }],
    title: p.noticeTitle,
    transliteratedTitle: p.noticeTitleRomanized,
    translatedTitle: p.noticeTitleEnglish,
    number: p.docNumber,
    issued: p.dateIssued,
    url: p.officialPage,
    accessed: p.officialPage ? p.accessed : undefined,
    language: 'zh-CN',
  };
}
