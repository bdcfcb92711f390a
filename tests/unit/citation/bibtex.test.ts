import { describe, expect, it } from 'vitest';
import { bibtex, bibtexFile, escapeBibtex } from '../../../src/lib/citation/bibtex.ts';
import { parseCitations } from '../../../src/lib/citation/citation-js.ts';
import { pageItem, planItem } from '../../../src/lib/citation/page-works.ts';

/**
 * BibTeX from the CSL-JSON items: entry types and fields both BibTeX and biblatex know,
 * read back by citation-js's BibTeX parser (BibTeX and biblatex data models) without a
 * single warning. The build test does the same for every file of the site.
 */
const page = pageItem({
  id: 'laoqu-en-policy-measures-12',
  title: 'Measure 12: Protect the Red Relics of Zhengzhou & 100% of #sites_',
  url: 'https://x.org/en/policy/measures/12/',
  siteName: 'Revitalizing Zhengzhou’s Old Revolutionary Base Areas',
  language: 'en',
  updated: '2026-11-29',
  accessed: '2026-12-05',
});
const plan = planItem({
  id: 'zhengzhengban-2021-62',
  issuer: '郑州市人民政府办公厅',
  noticeTitle: '郑州市人民政府办公厅关于印发郑州市新时代支持革命老区振兴发展实施方案的通知',
  docNumber: '郑政办〔2021〕62号',
  genre: '通知',
  dateIssued: '2021-11-11',
  accessed: '2026-12-05',
});
const undated = pageItem({
  id: 'laoqu-timeline',
  title: '大事记',
  url: 'https://x.org/timeline/',
  siteName: '郑州革命老区振兴发展',
  language: 'zh-CN',
  accessed: '2026-12-05',
});

describe('BibTeX entries', () => {
  it('a page is @misc with url, urldate, year, month macro and the full date for biblatex', () => {
    expect(bibtex(page)).toBe(
      [
        '@misc{laoqu-en-policy-measures-12,',
        '  author = {{Revitalizing Zhengzhou’s Old Revolutionary Base Areas}},',
        '  title = {{Measure 12: Protect the Red Relics of Zhengzhou \\& 100\\% of \\#sites\\_}},',
        '  year = {2026},',
        '  month = nov,',
        '  date = {2026-11-29},',
        '  url = {https://x.org/en/policy/measures/12/},',
        '  urldate = {2026-12-05},',
        '  langid = {english},',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('the official document is @techreport and keeps its number, kind and issuing office', () => {
    const bib = bibtex(plan);
    expect(bib).toMatch(/^@techreport\{zhengzhengban-2021-62,\n/);
    expect(bib).toContain('  number = {郑政办〔2021〕62号},\n');
    expect(bib).toContain('  type = {通知},\n');
    expect(bib).toContain('  institution = {{郑州市人民政府办公厅}},\n');
    expect(bib).toContain('  date = {2021-11-11},\n');
    expect(bib).not.toContain('url');
  });

  it('a page without a date has no year, month or date (not a made-up one)', () => {
    expect(bibtex(undated)).not.toMatch(/^ {2}(year|month|date) =/m);
  });

  it('a file is entries only: no comments, every @ opens an entry', () => {
    const file = bibtexFile([page, plan]);
    expect(file).not.toMatch(/^%/m);
    expect(file.match(/@/g)).toHaveLength(2);
  });

  it('escapes TeX specials', () => {
    expect(escapeBibtex('50% & $5_#{x}~^\\')).toBe(
      '50\\% \\& \\$5\\_\\#\\{x\\}\\textasciitilde{}\\textasciicircum{}\\textbackslash{}',
    );
  });
});

describe('read back by citation-js', () => {
  for (const model of ['@bibtex/text', '@biblatex/text'] as const) {
    it(`${model}: no warnings, and title, author, URL and number survive`, () => {
      const { items, problems } = parseCitations(bibtexFile([page, plan, undated]), model);
      expect(problems).toEqual([]);
      expect(items.map((i) => i.id)).toEqual([
        'laoqu-en-policy-measures-12',
        'zhengzhengban-2021-62',
        'laoqu-timeline',
      ]);
      expect(items[0]).toMatchObject({
        title: page.title,
        author: [{ family: 'Revitalizing Zhengzhou’s Old Revolutionary Base Areas' }],
        URL: page.URL,
      });
      expect(items[1]).toMatchObject({
        type: 'report',
        number: '郑政办〔2021〕62号',
        title: plan.title,
        genre: '通知',
      });
    });
  }

  it('biblatex reads the full date and the access date', () => {
    const [item] = parseCitations(bibtex(page), '@biblatex/text').items;
    expect(item).toMatchObject({
      issued: { 'date-parts': [[2026, 11, 29]] },
      accessed: { 'date-parts': [[2026, 12, 5]] },
    });
  });

  it('the old files’ % comment lines are an error (what the parse check catches)', () => {
    const { problems } = parseCitations(
      `% https://x.org/\n% @online and @archive are biblatex types.\n\n${bibtex(page)}`,
      '@bibtex/text',
    );
    expect(problems.length).toBeGreaterThan(0);
  });
});
