import { describe, expect, it } from 'vitest';
import { citedWork, cslDate, isoDate } from '../../../src/lib/citation/csl-json.ts';
import { pageItem, planItem } from '../../../src/lib/citation/page-works.ts';

/** The CSL-JSON items a page cites: the one source every citation format is made from. */
describe('page items', () => {
  const common = { url: 'https://x.org/en/timeline/', accessed: '2026-12-05' };

  it('a page of the site: a webpage by the site, without a container (the site name once)', () => {
    const item = pageItem({
      ...common,
      id: 'laoqu-en-timeline',
      title: 'Timeline',
      siteName: 'Revitalizing Zhengzhou’s Old Revolutionary Base Areas',
      language: 'en',
      updated: '2026-11-29',
    });
    expect(item).toEqual({
      id: 'laoqu-en-timeline',
      type: 'webpage',
      title: 'Timeline',
      author: [{ literal: 'Revitalizing Zhengzhou’s Old Revolutionary Base Areas' }],
      issued: { 'date-parts': [[2026, 11, 29]] },
      accessed: { 'date-parts': [[2026, 12, 5]] },
      URL: 'https://x.org/en/timeline/',
      language: 'en',
    });
    expect(JSON.stringify(item).match(/Revitalizing/g)).toHaveLength(1);
  });

  it('a page without a known date has no issued date', () => {
    expect(
      pageItem({ ...common, id: 'k', title: '大事记', siteName: '郑州革命老区振兴发展', language: 'zh-CN' }),
    ).not.toHaveProperty('issued');
  });
});

describe('the official document', () => {
  const common = { id: 'zhengzhengban-2021-62', dateIssued: '2021-11-11', accessed: '2026-12-05' };
  const noticeTitle = '郑州市人民政府办公厅关于印发郑州市新时代支持革命老区振兴发展实施方案的通知';

  it('a report by the issuing office, with its number, kind and date of issue; Chinese', () => {
    expect(
      planItem({
        ...common,
        issuer: '郑州市人民政府办公厅',
        noticeTitle,
        docNumber: '郑政办〔2021〕62号',
        genre: '通知',
      }),
    ).toEqual({
      id: 'zhengzhengban-2021-62',
      type: 'report',
      title: noticeTitle,
      author: [{ literal: '郑州市人民政府办公厅' }],
      genre: '通知',
      number: '郑政办〔2021〕62号',
      issued: { 'date-parts': [[2021, 11, 11]] },
      language: 'zh-CN',
    });
  });

  it('for English pages: English issuer, romanised title with its translation, still a Chinese document', () => {
    const item = planItem({
      ...common,
      issuer: 'General Office of the Zhengzhou Municipal People’s Government',
      noticeTitle,
      noticeTitleRomanized: 'Zhengzhou Shi … tongzhi',
      noticeTitleEnglish: 'Notice on issuing the plan',
      docNumber: 'Zheng Zheng Ban [2021] No. 62',
      genre: 'Notice',
    });
    expect(item).toMatchObject({
      title: 'Zhengzhou Shi … tongzhi [Notice on issuing the plan]',
      author: [{ literal: 'General Office of the Zhengzhou Municipal People’s Government' }],
      language: 'zh-CN',
    });
  });

  it('read online once its page is confirmed: URL and access date', () => {
    const item = planItem({
      ...common,
      issuer: '郑州市人民政府办公厅',
      noticeTitle,
      docNumber: '郑政办〔2021〕62号',
      genre: '通知',
      officialPage: 'https://www.zhengzhou.gov.cn/x.html',
    });
    expect(item).toMatchObject({
      URL: 'https://www.zhengzhou.gov.cn/x.html',
      accessed: { 'date-parts': [[2026, 12, 5]] },
    });
  });
});

describe('items for the GB/T 7714 formatter', () => {
  it('a report becomes a government document ([A]); dates become YYYY-MM-DD', () => {
    const plan = planItem({
      id: 'p',
      issuer: '郑州市人民政府办公厅',
      noticeTitle: '通知',
      docNumber: '郑政办〔2021〕62号',
      genre: '通知',
      dateIssued: '2021-11-11',
      accessed: '2026-12-05',
    });
    expect(citedWork(plan)).toEqual({
      type: 'government-document',
      authors: [{ literal: '郑州市人民政府办公厅' }],
      title: '通知',
      number: '郑政办〔2021〕62号',
      issued: '2021-11-11',
      accessed: undefined,
      url: undefined,
      language: 'zh-CN',
    });
  });

  it('dates known to the month or the year only', () => {
    expect(cslDate('2021-11')).toEqual({ 'date-parts': [[2021, 11]] });
    expect(isoDate(cslDate('2021-01'))).toBe('2021-01');
    expect(isoDate(cslDate('2021'))).toBe('2021');
    expect(isoDate(cslDate('2021-01-05'))).toBe('2021-01-05');
  });
});
