import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../../src/lib/citation/citation-js.ts';
import { pageItem, planItem } from '../../../src/lib/citation/page-works.ts';
import { ris } from '../../../src/lib/citation/ris.ts';

/** RIS records from the CSL-JSON items, read back by citation-js's RIS parser. */
const page = pageItem({
  id: 'laoqu-en-policy-measures-12',
  title: `Measure 12: ${'Strengthen the protection and use of red cultural relics, '.repeat(3)}`.trim(),
  url: 'https://laoqu.example.org/en/policy/measures/12/?a-very-long-address-that-goes-past-seventy-characters',
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
const text = ris([page, plan]);
const lines = text.split('\r\n');

describe('RIS records', () => {
  it('a web page: ELEC with its date, access date (M1 and Y2), URL, language and full ID', () => {
    const first = lines.slice(0, lines.indexOf('ER  - ') + 1);
    expect(first[0]).toBe('TY  - ELEC');
    expect(first).toEqual(
      expect.arrayContaining([
        'DA  - 2026/11/29/',
        'PY  - 2026',
        'M1  - 2026/12/05/',
        'Y2  - 2026/12/05/',
        `UR  - ${page.URL}`,
        'LA  - en',
        'ID  - laoqu-en-policy-measures-12',
        `TI  - ${page.title}`,
      ]),
    );
  });

  it('an organisation with spaces in its name gets the trailing comma of a corporate author; a Chinese one is left alone', () => {
    expect(lines).toContain('AU  - Revitalizing Zhengzhou’s Old Revolutionary Base Areas,');
    expect(lines).toContain('AU  - 郑州市人民政府办公厅');
  });

  it('the official document: RPRT with its number (SN) and kind (M3)', () => {
    expect(lines).toEqual(
      expect.arrayContaining(['TY  - RPRT', 'SN  - 郑政办〔2021〕62号', 'M3  - 通知', 'DA  - 2021/11/11/']),
    );
  });

  it('long values stay on one line (citation-js would break them after 70 characters); CRLF line ends', () => {
    expect(page.title.length).toBeGreaterThan(70);
    expect(lines.every((l) => l === '' || /^[A-Z][A-Z0-9] {2}- /.test(l))).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('reads back with citation-js without a warning, with the same fields', () => {
    const { items, problems } = parseCitations(text, '@ris/file');
    expect(problems).toEqual([]);
    expect(items[0]).toMatchObject({
      id: page.id,
      type: 'webpage',
      title: page.title,
      URL: page.URL,
      issued: page.issued,
      accessed: page.accessed,
      author: [{ family: 'Revitalizing Zhengzhou’s Old Revolutionary Base Areas' }],
    });
    expect(items[1]).toMatchObject({
      id: plan.id,
      type: 'report',
      number: plan.number,
      genre: '通知',
      issued: plan.issued,
      author: [{ family: '郑州市人民政府办公厅' }],
    });
  });
});
