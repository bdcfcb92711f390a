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

describe('GB/T 7714—2025 appendix B.10 (网站、网页)', () => {
  it('organisation author, full-width brackets around the update date', () => {
    const w = web({
      authors: [org('北京鲁迅博物馆')],
      title: '北京鲁迅博物馆志愿服务章程',
      issued: '2021-04-21',
      accessed: '2023-05-02',
      url: 'http://www.luxunmuseum.com.cn/html/202104/a11310.htm',
    });
    expect(gbt7714(w, '2025')).toBe(
      '北京鲁迅博物馆. 北京鲁迅博物馆志愿服务章程[EB/OL]. （2021-04-21）[2023-05-02]. http://www.luxunmuseum.com.cn/html/202104/a11310.htm.',
    );
  });

  it('no update date', () => {
    const w = web({
      authors: [org('中国科学院文献情报中心')],
      title: '中国科学院科技论文预发布平台',
      accessed: '2025-03-06',
      url: 'https://chinaxiv.org/home.htm',
    });
    expect(gbt7714(w, '2025')).toBe(
      '中国科学院文献情报中心. 中国科学院科技论文预发布平台[EB/OL]. [2025-03-06]. https://chinaxiv.org/home.htm.',
    );
  });

  it('no author', () => {
    const w = web({
      title: 'Library of Congress',
      accessed: '2020-06-12',
      url: 'https://www.loc.gov/',
      language: 'en',
    });
    expect(gbt7714(w, '2025')).toBe('Library of Congress[EB/OL]. [2020-06-12]. https://www.loc.gov/.');
  });

  it('persons: no capitals, full-width comma between names', () => {
    const w = web({
      authors: [
        { family: 'Bevington', given: 'David' },
        { family: 'Brown', given: 'John Russell' },
      ],
      title: 'William Shakespeare',
      issued: '2025-01-01',
      accessed: '2025-01-03',
      url: 'https://www.britannica.com/biography/William-Shakespeare',
      language: 'en',
    });
    expect(gbt7714(w, '2025')).toBe(
      'Bevington D，Brown J R. William Shakespeare[EB/OL]. （2025-01-01）[2025-01-03]. https://www.britannica.com/biography/William-Shakespeare.',
    );
    expect(gbt7714(w, '2015')).toBe(
      'BEVINGTON D, BROWN J R. William Shakespeare[EB/OL]. (2025-01-01)[2025-01-03]. https://www.britannica.com/biography/William-Shakespeare.',
    );
  });

  it('a 2015 example re-set in 2025 form (萧钰)', () => {
    const w = web({
      authors: [org('萧钰')],
      title: '出版业信息化迈入快车道',
      issued: '2001-12-19',
      accessed: '2002-04-15',
      url: 'http://www.creader.com/news/20011219/200112190019.html',
    });
    expect(gbt7714(w, '2025')).toBe(
      '萧钰. 出版业信息化迈入快车道[EB/OL]. （2001-12-19）[2002-04-15]. http://www.creader.com/news/20011219/200112190019.html.',
    );
    expect(gbt7714(w, '2015')).toBe(
      '萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. http://www.creader.com/news/20011219/200112190019.html.',
    );
  });

  it('more than three authors: the first three, then et al. / 等; hyphenated initials kept', () => {
    const people = ['Lynette', 'Fiona', 'Barbara', 'Sharon'].map((given, i) => ({
      family: ['Torres', 'Salisbury', 'Yazbeck', 'Karasmanis'][i]!,
      given,
    }));
    expect(gbt7714(web({ authors: people, title: 'X', url: 'https://x.org/', language: 'en' }), '2025')).toBe(
      'Torres L，Salisbury F，Yazbeck B，et al. X[EB/OL]. https://x.org/.',
    );
    expect(
      gbt7714(
        web({
          authors: ['印森林', '吴胜和', '李俊飞', '冯文杰'].map(org),
          title: '题',
          url: 'https://x.org/',
        }),
        '2025',
      ),
    ).toBe('印森林，吴胜和，李俊飞，等. 题[EB/OL]. https://x.org/.');
    expect(
      gbt7714(
        web({
          authors: [{ family: 'Park', given: 'Jung-ran' }],
          title: 'X',
          url: 'https://x.org/',
          language: 'en',
        }),
        '2025',
      ),
    ).toMatch(/^Park J-R\. /);
    expect(
      gbt7714(
        web({
          authors: [{ family: 'Park', given: 'Jung-ran' }],
          title: 'X',
          url: 'https://x.org/',
          language: 'en',
        }),
        '2015',
      ),
    ).toMatch(/^PARK J R\. /);
  });
});
