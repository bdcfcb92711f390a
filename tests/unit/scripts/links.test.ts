import { describe, expect, it } from 'vitest';
import { checkLinks, type BuiltPage } from '../../../scripts/lib/links.ts';

const ORIGIN = 'https://laoqu.example.org';
const page = (urlPath: string, lang: string, body: string, head = ''): BuiltPage => ({
  urlPath,
  html: `<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`,
});
const SITE = [
  page('/', 'zh-CN', '<a href="/en/" hreflang="en">English</a>'),
  page('/sites/a/', 'zh-CN', '<h2 id="history">历史</h2>'),
  page('/en/', 'en', '<a href="/" hreflang="zh-CN">中文</a>'),
  page('/en/sites/a/', 'en', '<section id="measure-12"></section>'),
];
const files = new Set([
  '/index.html',
  '/sites/a/index.html',
  '/en/index.html',
  '/en/sites/a/index.html',
  '/favicon.svg',
]);
const check = (extra: BuiltPage) => {
  const report = checkLinks([...SITE, extra], new Set([...files, extra.urlPath + 'index.html']), ORIGIN);
  return { ...report, problems: report.problems.map((p) => `${p.page} ${p.href}: ${p.en}`) };
};

describe('link check', () => {
  it('accepts links, anchors, relative paths, absolute site URLs and marked cross-language links', () => {
    const body =
      '<a href="/sites/a/">a</a><a href="/sites/a/#history">h</a><a href="../a/">rel</a><a href="#top">top</a><span id="top"></span>' +
      `<a href="${ORIGIN}/sites/a/">abs</a><a href="/en/sites/a/#measure-12" hreflang="en">en</a><a href="mailto:x@example.org">m</a>`;
    const head = `<link rel="canonical" href="${ORIGIN}/sites/b/"><link rel="icon" href="/favicon.svg">`;
    expect(check(page('/sites/b/', 'zh-CN', body, head)).problems).toEqual([]);
  });

  it('reports a missing page, a missing trailing slash and a missing anchor', () => {
    const body =
      '<a href="/sites/nope/">x</a><a href="/sites/a">y</a><a href="/sites/a/#nope">z</a><img src="/images/x.png" alt="">';
    expect(check(page('/sites/b/', 'zh-CN', body)).problems).toEqual([
      '/sites/b/ /sites/nope/: no page or file at /sites/nope/',
      '/sites/b/ /sites/a: /sites/a lacks its trailing /',
      '/sites/b/ /sites/a/#nope: page /sites/a/ has no anchor #nope',
      '/sites/b/ /images/x.png: no page or file at /images/x.png',
    ]);
  });

  it('reports a Chinese page linking into /en/ and an English page linking outside /en/ without hreflang', () => {
    expect(check(page('/sites/b/', 'zh-CN', '<a href="/en/sites/a/">x</a>')).problems).toEqual([
      '/sites/b/ /en/sites/a/: a zh-CN page links to a en page',
    ]);
    expect(check(page('/en/sites/b/', 'en', '<a href="/sites/a/">x</a>')).problems).toEqual([
      '/en/sites/b/ /sites/a/: a en page links to a zh-CN page',
    ]);
  });

  it('lists external links with the pages that use them, without fetching', () => {
    const report = check(
      page(
        '/sites/b/',
        'zh-CN',
        '<a href="https://www.zhengzhou.gov.cn/">gov</a><a href="https://www.zhengzhou.gov.cn/">again</a>',
      ),
    );
    expect(report.problems).toEqual([]);
    expect([...report.external]).toEqual([['https://www.zhengzhou.gov.cn/', ['/sites/b/']]]);
  });
});
