import { describe, expect, it } from 'vitest';
import { buildHead, fitTitle } from '../../../src/lib/head/head.ts';

const base = {
  title: '第12条 加强红色文物的保护利用',
  description: '措施原文',
  siteName: '郑州革命老区振兴发展',
  site: 'https://laoqu.example.org',
};

describe('buildHead', () => {
  it('gives a translated page hreflang links to both languages and x-default to Chinese', () => {
    const head = buildHead({
      ...base,
      locale: 'en',
      path: '/en/policy/measures/12/',
      alternatePaths: { 'zh-cn': '/policy/measures/12/', en: '/en/policy/measures/12/' },
    });
    expect(head.lang).toBe('en');
    expect(head.canonical).toBe('https://laoqu.example.org/en/policy/measures/12/');
    expect(head.alternates).toEqual([
      { hreflang: 'zh-CN', href: 'https://laoqu.example.org/policy/measures/12/' },
      { hreflang: 'en', href: 'https://laoqu.example.org/en/policy/measures/12/' },
      { hreflang: 'x-default', href: 'https://laoqu.example.org/policy/measures/12/' },
    ]);
    expect(head.og.locale).toBe('en_US');
    expect(head.og.localeAlternate).toBe('zh_CN');
  });

  it('links an untranslated page only to itself', () => {
    const head = buildHead({
      ...base,
      locale: 'zh-cn',
      path: '/sites/x/',
      alternatePaths: { 'zh-cn': '/sites/x/' },
    });
    expect(head.alternates.map((a) => a.hreflang)).toEqual(['zh-CN', 'x-default']);
    expect(head.og.localeAlternate).toBeUndefined();
  });

  it('adds the site name to titles except on the home page', () => {
    expect(buildHead({ ...base, locale: 'zh-cn', path: '/x/', alternatePaths: {} }).title).toBe(
      '第12条 加强红色文物的保护利用 | 郑州革命老区振兴发展',
    );
    expect(buildHead({ ...base, locale: 'zh-cn', path: '/', alternatePaths: {}, isHome: true }).title).toBe(
      base.title,
    );
  });
});

describe('fitTitle: titles within 70 characters', () => {
  it('keeps “page | site” when it fits', () => {
    expect(fitTitle('Places', 'Zhengzhou Base Areas')).toBe('Places | Zhengzhou Base Areas');
  });
  it('drops the site name when the page title alone fits', () => {
    const title = 'Zhengzhou Municipal Human Resources and Social Security Bureau';
    expect(fitTitle(title, 'Zhengzhou Base Areas')).toBe(title);
  });
  it('cuts a longer English title at a word, with an ellipsis', () => {
    const cut = fitTitle(
      'Work to effectively link the consolidation of poverty-alleviation gains with rural revitalization',
      'x',
    );
    expect(cut).toBe('Work to effectively link the consolidation of poverty-alleviation…');
    expect([...cut].length).toBeLessThanOrEqual(70);
  });
  it('counts quotes and ampersands as the entities they become in the HTML', () => {
    const title = "Dengfeng Revolutionary Martyrs' Memorial Hall";
    expect(fitTitle(title, 'Zhengzhou Base Areas')).toBe(title);
  });
  it('cuts a long Chinese title at a character', () => {
    expect([...fitTitle('字'.repeat(90), '站名')].length).toBe(70);
  });
});

describe('buildHead: Open Graph image', () => {
  it('points og:image at the absolute URL of the page’s 1200×630 PNG', () => {
    const head = buildHead({
      ...base,
      locale: 'en',
      path: '/en/policy/measures/12/',
      alternatePaths: {},
      ogImageAlt: 'Measure 12',
    });
    expect(head.og.image).toEqual({
      url: 'https://laoqu.example.org/og/en/policy/measures/12.png',
      width: 1200,
      height: 630,
      type: 'image/png',
      alt: 'Measure 12',
    });
    expect(head.twitterCard).toBe('summary_large_image');
  });

  it('uses /og/index.png for the Chinese home page and the title as alt by default', () => {
    const head = buildHead({ ...base, locale: 'zh-cn', path: '/', alternatePaths: {}, isHome: true });
    expect(head.og.image.url).toBe('https://laoqu.example.org/og/index.png');
    expect(head.og.image.alt).toBe(base.title);
  });
});

describe('buildHead: pages without an image of their own', () => {
  it('can show another page’s image (404 pages show the home page’s)', () => {
    const head = buildHead({
      ...base,
      locale: 'en',
      path: '/en/404/',
      alternatePaths: {},
      ogImagePage: '/en/',
    });
    expect(head.og.image.url).toBe('https://laoqu.example.org/og/en.png');
  });
});
