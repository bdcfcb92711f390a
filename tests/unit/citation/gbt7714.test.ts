import { describe, expect, it } from 'vitest';
import { gbt7714 } from '../../../src/lib/citation/gbt7714.ts';
import type { CitedWork } from '../../../src/lib/citation/types.ts';

/**
 * GB/T 7714 entries checked against the standards' own examples. The standards are not
 * freely published; the examples are taken as transcribed by two maintained
 * implementations: GB/T 7714-2015 §8.8 (电子资源) from the gbt7714 BibTeX package's test
 * suite (zepinglee/gbt7714-bibtex-style, test/entry-electronic.bbl), and GB/T 7714—2025
 * appendix B.10 (网站、网页) plus the 2015 examples re-set in 2025 form from the
 * zotero-chinese GB/T 7714—2025 style's rendered test page. Titles are given exactly as the
 * examples print them (the formatter does not change case).
 */
const org = (literal: string) => ({ literal });
const web = (w: Partial<CitedWork>): CitedWork => ({
  type: 'webpage',
  authors: [],
  title: '',
  language: 'zh-CN',
  ...w,
});

describe('GB/T 7714-2015 §8.8 electronic resources', () => {
  it('a government notice read online: 题名: 文号[A/OL]', () => {
    const notice: CitedWork = {
      type: 'government-document',
      authors: [org('北京市人民政府办公厅')],
      title: '关于转发北京市企业投资项目核准暂行实施办法的通知',
      number: '京政办发[2005]37号',
      issued: '2005-07-12',
      accessed: '2011-07-12',
      url: 'http://china.findlaw.cn/fagui/p_1/39934.html',
      language: 'zh-CN',
    };
    expect(gbt7714(notice, '2015')).toBe(
      '北京市人民政府办公厅. 关于转发北京市企业投资项目核准暂行实施办法的通知: 京政办发[2005]37号[A/OL]. (2005-07-12)[2011-07-12]. http://china.findlaw.cn/fagui/p_1/39934.html.',
    );
  });

  it('a person: family name in capitals, initials without full stops', () => {
    const w = web({
      authors: [{ family: 'Bawden', given: 'David' }],
      title: 'Origins and concepts of digital literacy',
      issued: '2008-05-04',
      accessed: '2013-03-08',
      url: 'http://www.soi.city.ac.uk/~dbawden/digital%20literacy%20chapter.pdf',
      language: 'en',
    });
    expect(gbt7714(w, '2015')).toBe(
      'BAWDEN D. Origins and concepts of digital literacy[EB/OL]. (2008-05-04)[2013-03-08]. http://www.soi.city.ac.uk/~dbawden/digital%20literacy%20chapter.pdf.',
    );
  });

  it('no update date: only [access date]; an organisation name is not given a second full stop', () => {
    const w = web({
      authors: [org('Online Computer Library Center, Inc')],
      title: 'About OCLC: history of cooperation',
      accessed: '2012-03-27',
      url: 'http://www.oclc.org/about/cooperation.en.html',
      language: 'en',
    });
    expect(gbt7714(w, '2015')).toBe(
      'Online Computer Library Center, Inc. About OCLC: history of cooperation[EB/OL]. [2012-03-27]. http://www.oclc.org/about/cooperation.en.html.',
    );
  });

  it('Hopkinson', () => {
    const w = web({
      authors: [{ family: 'Hopkinson', given: 'Alan' }],
      title: 'UNIMARC and metadata: Dublin Core',
      issued: '2009-04-22',
      accessed: '2013-03-27',
      url: 'http://archive.ifla.org/IV/ifla64/138-161e.htm',
      language: 'en',
    });
    expect(gbt7714(w, '2015')).toBe(
      'HOPKINSON A. UNIMARC and metadata: Dublin Core[EB/OL]. (2009-04-22)[2013-03-27]. http://archive.ifla.org/IV/ifla64/138-161e.htm.',
    );
  });
});

describe('the plan itself (郑政办〔2021〕62号)', () => {
  const plan: CitedWork = {
    type: 'government-document',
    authors: [org('郑州市人民政府办公厅')],
    title: '郑州市人民政府办公厅关于印发郑州市新时代支持革命老区振兴发展实施方案的通知',
    number: '郑政办〔2021〕62号',
    issued: '2021-11-11',
    language: 'zh-CN',
  };
  it('offline (no confirmed official page): [A] and the date of issue', () => {
    expect(gbt7714(plan, '2025')).toBe(
      '郑州市人民政府办公厅. 郑州市人民政府办公厅关于印发郑州市新时代支持革命老区振兴发展实施方案的通知：郑政办〔2021〕62号[A]. 2021-11-11.',
    );
    expect(gbt7714(plan, '2015')).toBe(
      '郑州市人民政府办公厅. 郑州市人民政府办公厅关于印发郑州市新时代支持革命老区振兴发展实施方案的通知: 郑政办〔2021〕62号[A]. 2021-11-11.',
    );
  });
  it('online, once an editor confirms the official page: [A/OL] with the 引用日期', () => {
    const online = { ...plan, url: 'https://www.zhengzhou.gov.cn/x.html', accessed: '2026-11-29' };
    expect(gbt7714(online, '2025')).toBe(
      '郑州市人民政府办公厅. 郑州市人民政府办公厅关于印发郑州市新时代支持革命老区振兴发展实施方案的通知：郑政办〔2021〕62号[A/OL]. （2021-11-11）[2026-11-29]. https://www.zhengzhou.gov.cn/x.html.',
    );
  });
});
