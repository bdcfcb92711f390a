import { describe, expect, it } from 'vitest';
import { apaEntry } from '../../../src/lib/citation/citation-js.ts';
import type { CslItem } from '../../../src/lib/citation/csl-json.ts';
import { pageItem, planItem } from '../../../src/lib/citation/page-works.ts';

/**
 * APA 7 as citation-js (citeproc-js with the CSL APA style) renders this site's CSL-JSON
 * items. The first cases are the Publication Manual's webpage examples (§10.16, as
 * reproduced by university library guides), to show the items are shaped so the style
 * gives what the manual prints; the rest are the site's own items.
 */
const web = (item: Partial<CslItem> & Record<string, unknown>): CslItem => ({
  id: 'x',
  type: 'webpage',
  title: '',
  author: [],
  language: 'en',
  ...item,
});

describe('APA 7 webpages from the manual', () => {
  it('a group author that is also the site: given once, as the author', () => {
    const { text, html } = apaEntry(
      web({
        author: [{ literal: 'Centers for Disease Control and Prevention' }],
        title: 'People at high risk of developing flu–related complications',
        issued: { 'date-parts': [[2018, 1, 23]] },
        URL: 'https://www.cdc.gov/flu/about/disease/high_risk.htm',
      }),
    );
    expect(text).toBe(
      'Centers for Disease Control and Prevention. (2018, January 23). People at high risk of developing flu–related complications. https://www.cdc.gov/flu/about/disease/high_risk.htm',
    );
    expect(html).toContain('<i>People at high risk of developing flu–related complications</i>.');
  });

  it('no date: “n.d.” and a retrieval date, with a site name different from the author', () => {
    const item = web({
      author: [{ literal: 'U.S. Census Bureau' }],
      'container-title': 'U.S. Department of Commerce',
      title: 'U.S. and world population clock',
      accessed: { 'date-parts': [[2019, 7, 3]] },
      URL: 'https://www.census.gov/popclock/',
    });
    expect(apaEntry(item).text).toBe(
      'U.S. Census Bureau. (n.d.). U.S. and world population clock. U.S. Department of Commerce. Retrieved July 3, 2019, from https://www.census.gov/popclock/',
    );
  });

  it('an individual author: family name and initials', () => {
    const item = web({
      author: [{ family: 'Martin Lillie', given: 'Charisse M.' }],
      'container-title': 'Mayo Clinic',
      title: 'Be kind to yourself: How self-compassion can improve your resiliency',
      issued: { 'date-parts': [[2016, 12, 29]] },
      URL: 'https://www.mayoclinic.org/healthy-lifestyle/adult-health/in-depth/self-compassion-can-improve-your-resiliency/art-20267193',
    });
    expect(apaEntry(item).text).toBe(
      'Martin Lillie, C. M. (2016, December 29). Be kind to yourself: How self-compassion can improve your resiliency. Mayo Clinic. https://www.mayoclinic.org/healthy-lifestyle/adult-health/in-depth/self-compassion-can-improve-your-resiliency/art-20267193',
    );
  });
});

describe('APA 7 of the site’s pages', () => {
  const common = { accessed: '2026-12-05', updated: '2026-11-29' };

  it('a Chinese page: the site as author, once; the page’s date; no retrieval date', () => {
    const item = pageItem({
      ...common,
      id: 'laoqu-policy-measures-12',
      title: '第12条 加强红色文物的保护利用',
      url: 'https://x.org/policy/measures/12/',
      siteName: '郑州革命老区振兴发展',
      language: 'zh-CN',
    });
    expect(apaEntry(item).text).toBe(
      '郑州革命老区振兴发展. (2026, November 29). 第12条 加强红色文物的保护利用. https://x.org/policy/measures/12/',
    );
  });

  it('an English page: the English title and site name the page shows', () => {
    const item = pageItem({
      ...common,
      id: 'laoqu-en-sites-erqi-memorial-tower',
      title: 'Erqi Memorial Tower',
      url: 'https://x.org/en/sites/erqi-memorial-tower/',
      siteName: 'Revitalizing Zhengzhou’s Old Revolutionary Base Areas',
      language: 'en',
    });
    expect(apaEntry(item).text).toBe(
      'Revitalizing Zhengzhou’s Old Revolutionary Base Areas. (2026, November 29). Erqi Memorial Tower. https://x.org/en/sites/erqi-memorial-tower/',
    );
  });

  it('a page without a known date: “n.d.” and “Retrieved <access date>, from”', () => {
    const item = pageItem({
      id: 'laoqu-timeline',
      title: '大事记',
      url: 'https://x.org/timeline/',
      siteName: '郑州革命老区振兴发展',
      language: 'zh-CN',
      accessed: '2026-11-29',
    });
    expect(apaEntry(item).text).toBe(
      '郑州革命老区振兴发展. (n.d.). 大事记. Retrieved November 29, 2026, from https://x.org/timeline/',
    );
  });
});

describe('APA 7 of the official document (a report by a government agency, APA 7 §10.4)', () => {
  const common = { id: 'zhengzhengban-2021-62', dateIssued: '2021-11-11', accessed: '2026-12-05' };
  const noticeTitle = '郑州市人民政府办公厅关于印发郑州市新时代支持革命老区振兴发展实施方案的通知';

  it('keeps its author, year and document number (with its kind, as “Report No.”)', () => {
    const item = planItem({
      ...common,
      issuer: '郑州市人民政府办公厅',
      noticeTitle,
      docNumber: '郑政办〔2021〕62号',
      genre: '通知',
    });
    const { text, html } = apaEntry(item);
    expect(text).toBe(`郑州市人民政府办公厅. (2021). ${noticeTitle} (通知 郑政办〔2021〕62号).`);
    expect(html).toBe(`郑州市人民政府办公厅. (2021). <i>${noticeTitle}</i> (通知 郑政办〔2021〕62号).`);
  });

  it('on English pages: English author, the romanised title and its translation in brackets', () => {
    const item = planItem({
      ...common,
      issuer: 'General Office of the Zhengzhou Municipal People’s Government',
      noticeTitle,
      noticeTitleRomanized: 'Zhengzhou Shi Renmin Zhengfu Bangongting guanyu yinfa … de tongzhi',
      noticeTitleEnglish: 'Notice on issuing the Zhengzhou implementation plan',
      docNumber: 'Zheng Zheng Ban [2021] No. 62',
      genre: 'Notice',
    });
    expect(apaEntry(item).text).toBe(
      'General Office of the Zhengzhou Municipal People’s Government. (2021). Zhengzhou Shi Renmin Zhengfu Bangongting guanyu yinfa … de tongzhi [Notice on issuing the Zhengzhou implementation plan] (Notice Zheng Zheng Ban [2021] No. 62).',
    );
  });

  it('once its official page is confirmed: the URL, without a retrieval date (it is dated)', () => {
    const item = planItem({
      ...common,
      issuer: '郑州市人民政府办公厅',
      noticeTitle,
      docNumber: '郑政办〔2021〕62号',
      genre: '通知',
      officialPage: 'https://www.zhengzhou.gov.cn/x.html',
    });
    expect(apaEntry(item).text).toMatch(
      /\(通知 郑政办〔2021〕62号\)\. https:\/\/www\.zhengzhou\.gov\.cn\/x\.html$/,
    );
  });

  it('the legal CSL types would lose the author and the full citation form (why it is a report)', () => {
    const item = planItem({
      ...common,
      issuer: '郑州市人民政府办公厅',
      noticeTitle,
      docNumber: '郑政办〔2021〕62号',
      genre: '通知',
    });
    const asRegulation = apaEntry({ ...item, type: 'regulation' as CslItem['type'] }).text;
    expect(asRegulation.startsWith('郑州市人民政府办公厅.')).toBe(false);
  });
});

describe('the text beside the HTML', () => {
  it('is what the HTML reads as, and what citation-js writes as text, even with & < " in a title', async () => {
    const { Cite } = await import('@citation-js/core');
    const item = web({
      author: [{ literal: 'A & B <C>' }],
      title: 'Say "yes" & <no>',
      issued: { 'date-parts': [[2020]] },
      URL: 'https://x.org/?a=1&b=2',
    });
    const text = new Cite([item])
      .format('bibliography', { template: 'apa', lang: 'en-US', format: 'text' })
      .trim();
    expect(apaEntry(item).text).toBe(text);
    expect(apaEntry(item).html).toContain('&#38;');
  });
});
