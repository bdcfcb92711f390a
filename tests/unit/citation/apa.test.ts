import { describe, expect, it } from 'vitest';
import { apa, apaDate } from '../../../src/lib/citation/apa.ts';
import type { CitedWork } from '../../../src/lib/citation/types.ts';

/**
 * APA 7 webpage references, checked against the Publication Manual's examples for a
 * webpage on a website (§10.16) as reproduced by university library guides (USC, SCU,
 * University of Melbourne): group author = site name (site omitted), a retrieval date
 * for pages designed to change, an individual author with a site name, and a
 * transliterated title with its translation.
 */
const page = (w: Partial<CitedWork>): CitedWork => ({ type: 'webpage', authors: [], title: '', language: 'en', ...w });

describe('APA 7 webpage on a website', () => {
  it('group author that is also the site: the site name is left out', () => {
    const w = page({
      authors: [{ literal: 'Centers for Disease Control and Prevention' }],
      siteName: 'Centers for Disease Control and Prevention',
      title: 'People at high risk of developing flu–related complications',
      issued: '2018-01-23',
      url: 'https://www.cdc.gov/flu/about/disease/high_risk.htm',
    });
    const { text, html } = apa(w);
    expect(text).toBe(
      'Centers for Disease Control and Prevention. (2018, January 23). People at high risk of developing flu–related complications. https://www.cdc.gov/flu/about/disease/high_risk.htm',
    );
    expect(html).toContain('<i>People at high risk of developing flu–related complications</i>.');
  });

  it('no date and a retrieval date, with a site name different from the author', () => {
    const w = page({
      authors: [{ literal: 'U.S. Census Bureau' }],
      siteName: 'U.S. Department of Commerce',
      title: 'U.S. and world population clock',
      accessed: '2019-07-03',
      url: 'https://www.census.gov/popclock/',
    });
    expect(apa(w, { retrieved: true }).text).toBe(
      'U.S. Census Bureau. (n.d.). U.S. and world population clock. U.S. Department of Commerce. Retrieved July 3, 2019, from https://www.census.gov/popclock/',
    );
  });

  it('an individual author: family name and initials', () => {
    const w = page({
      authors: [{ family: 'Martin Lillie', given: 'Charisse M' }],
      siteName: 'Mayo Clinic',
      title: 'Be kind to yourself: How self-compassion can improve your resiliency',
      issued: '2016-12-29',
      url: 'https://www.mayoclinic.org/healthy-lifestyle/adult-health/in-depth/self-compassion-can-improve-your-resiliency/art-20267193',
    });
    expect(apa(w).text).toBe(
      'Martin Lillie, C. M. (2016, December 29). Be kind to yourself: How self-compassion can improve your resiliency. Mayo Clinic. https://www.mayoclinic.org/healthy-lifestyle/adult-health/in-depth/self-compassion-can-improve-your-resiliency/art-20267193',
    );
  });

  it('a non-English work: romanised title, then the translation in square brackets (not italic)', () => {
    const w = page({
      authors: [{ literal: 'Ministry of Foreign Affairs' }],
      siteName: 'Ministry of Foreign Affairs of Japan',
      title: 'ペルー事件調査委員会の報告についての池田外務大臣の記者会見',
      transliteratedTitle: 'Peru jiken chosa iinkai no hokoku ni tsuite no Ikeda Gaimu Daijin no kishakaiken',
      translatedTitle: 'Press interview with Foreign Minister Ikeda on the report of the investigation committee on the Peru Incident',
      issued: '1997-06-12',
      url: 'https://www.mofa.go.jp/', // placeholder address; the Japanese title is a placeholder too
      language: 'ja',
    });
    const { text, html } = apa(w);
    expect(text).toMatch(
      /^Ministry of Foreign Affairs\. \(1997, June 12\)\. Peru jiken chosa .* kishakaiken \[Press interview .* Peru Incident\]\. Ministry of Foreign Affairs of Japan\. https:/,
    );
    expect(html).toMatch(/<i>Peru jiken[^<]*<\/i> \[Press interview/);
  });

  it('dates known to the month or year only', () => {
    expect(apaDate('2021-11')).toBe('2021, November');
    expect(apaDate('2021')).toBe('2021');
    expect(apaDate(undefined)).toBe('n.d.');
  });
});

describe('APA 7: the plan as a government document', () => {
  it('romanised title, translation and the document number in parentheses', () => {
    const plan: CitedWork = {
      type: 'government-document',
      authors: [{ literal: 'General Office of the Zhengzhou Municipal People’s Government' }],
      title: '郑州市人民政府办公厅关于印发郑州市新时代支持革命老区振兴发展实施方案的通知',
      transliteratedTitle:
        'Zhengzhou Shi Renmin Zhengfu Bangongting guanyu yinfa Zhengzhou Shi xin shidai zhichi geming laoqu zhenxing fazhan shishi fang’an de tongzhi',
      translatedTitle: 'Notice on issuing the Zhengzhou implementation plan',
      number: 'Zheng Zheng Ban [2021] No. 62',
      issued: '2021-11-11',
      language: 'zh-CN',
    };
    expect(apa(plan).text).toBe(
      'General Office of the Zhengzhou Municipal People’s Government. (2021, November 11). Zhengzhou Shi Renmin Zhengfu Bangongting guanyu yinfa Zhengzhou Shi xin shidai zhichi geming laoqu zhenxing fazhan shishi fang’an de tongzhi [Notice on issuing the Zhengzhou implementation plan] (Zheng Zheng Ban [2021] No. 62).',
    );
  });

  it('a Chinese page without a romanised title keeps the original script', () => {
    const w = page({
      authors: [{ literal: '郑州革命老区振兴发展' }],
      siteName: '郑州革命老区振兴发展',
      title: '大事记',
      translatedTitle: 'Timeline',
      url: 'https://x.org/timeline/',
      accessed: '2026-11-29',
      language: 'zh-CN',
    });
    expect(apa(w, { retrieved: true }).text).toBe(
      '郑州革命老区振兴发展. (n.d.). 大事记 [Timeline]. Retrieved November 29, 2026, from https://x.org/timeline/',
    );
  });
});
