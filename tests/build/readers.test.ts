import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, SITE, htmlPages, readPage } from '../helpers/dist.ts';

/** Reader features in the built HTML: no inline scripts, citations and their downloads. */
const CITABLE =
  /^\/(en\/)?(policy\/(measures\/\d+\/|glossary\/)?|sites\/[^/]+\/|products\/[^/]+\/|routes\/[^/]+\/|places\/[^/]+\/|topics\/[^/]+\/|timeline\/)$/;

describe('scripts', () => {
  it('no page has an inline script (a strict CSP can forbid them); JSON-LD data blocks are allowed', () => {
    for (const { file, urlPath } of htmlPages()) {
      for (const s of readPage(file).querySelectorAll('script')) {
        const ok = s.getAttribute('src') || s.getAttribute('type') === 'application/ld+json';
        expect(ok, `${urlPath}: ${s.toString().slice(0, 80)}`).toBeTruthy();
      }
    }
  });

  it('the reading preferences load first, blocking, from an external file', () => {
    const head = readPage(join(DIST, 'index.html')).querySelector('head')!;
    const first = head.querySelector('script')!;
    expect(first.getAttribute('src')).toBe('/reading-prefs.js');
    expect(
      first.hasAttribute('async') || first.hasAttribute('defer') || first.getAttribute('type') === 'module',
    ).toBe(false);
  });
});

describe('report a problem', () => {
  it('is not offered when the build has no repository address (REPO_URL), and the about page says so', () => {
    for (const { file, urlPath } of htmlPages())
      expect(readPage(file).text.includes('报告错误') && !urlPath.startsWith('/about'), urlPath).toBe(false);
    expect(readPage(join(DIST, 'about/index.html')).querySelector('main')!.text).toContain(
      '本站的这个版本没有设置问题报告渠道',
    );
    expect(readPage(join(DIST, 'en/accessibility/index.html')).querySelector('main')!.text).toContain(
      'This copy of the site has no channel for reports set up',
    );
  });
});

describe('cite this page', () => {
  const pages = htmlPages().filter((p) => CITABLE.test(p.urlPath));

  it('is on every content page, with the page URL and its last update in GB/T 7714-2025 form', () => {
    expect(pages.length).toBeGreaterThan(100);
    for (const { file, urlPath } of pages) {
      const text = readPage(file).querySelector('#cite-page-gb2025')?.text;
      expect(text, urlPath).toMatch(
        new RegExp(
          `\\[EB/OL\\]\\. （\\d{4}-\\d{2}-\\d{2}）\\[\\d{4}-\\d{2}-\\d{2}\\]\\. ${SITE}${urlPath}\\.$`,
        ),
      );
    }
  });

  it('links its RIS, BibTeX and CSL-JSON downloads, which describe the page', () => {
    for (const { file, urlPath } of pages) {
      const path = urlPath.replace(/^\/|\/$/g, '');
      const links = readPage(file)
        .querySelectorAll('.cite-downloads a')
        .map((a) => a.getAttribute('href'));
      expect(links, urlPath).toEqual(['ris', 'bib', 'json'].map((ext) => `/cite/${path}.${ext}`));
      const key = `laoqu-${path.replace(/\//g, '-')}`;
      const csl = JSON.parse(readFileSync(join(DIST, 'cite', `${path}.json`), 'utf8'));
      expect(csl[0]).toMatchObject({ type: 'webpage', URL: `${SITE}${urlPath}`, id: key });
      const bib = readFileSync(join(DIST, 'cite', `${path}.bib`), 'utf8');
      expect(bib).toContain(`@misc{${key},`);
      expect(bib).toContain(`url = {${SITE}${urlPath}}`);
      expect(readFileSync(join(DIST, 'cite', `${path}.ris`), 'utf8')).toContain(
        `UR  - ${SITE}${urlPath}\r\n`,
      );
    }
  });

  it('cites the plan itself on the policy and measure pages, with its number in every format', () => {
    const expected =
      '郑州市人民政府办公厅. 郑州市人民政府办公厅关于印发郑州市新时代支持革命老区振兴发展实施方案的通知：郑政办〔2021〕62号[A]. 2021-11-11.';
    for (const path of ['/policy/', '/policy/measures/7/', '/en/policy/measures/7/']) {
      const page = readPage(join(DIST, path, 'index.html'));
      expect(page.querySelector('#cite-plan-gb2025')?.text, path).toBe(expected);
    }
    const bib = readFileSync(join(DIST, 'cite/policy.bib'), 'utf8');
    expect(bib).toContain('@techreport{zhengzhengban-2021-62,');
    expect(bib).toContain('number = {郑政办〔2021〕62号}');
    expect(readFileSync(join(DIST, 'cite/policy.ris'), 'utf8')).toContain('SN  - 郑政办〔2021〕62号');
    // English pages' files carry the plan as the English page cites it.
    const en = JSON.parse(readFileSync(join(DIST, 'cite/en/policy.json'), 'utf8'));
    expect(en[1]).toMatchObject({
      type: 'report',
      author: [{ literal: 'General Office of the Zhengzhou Municipal People’s Government' }],
      number: 'Zheng Zheng Ban [2021] No. 62',
    });
  });
});
