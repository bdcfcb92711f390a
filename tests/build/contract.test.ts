import { describe, expect, it } from 'vitest';
import { htmlPages, isNotFoundPage, readPage, resolvesInDist, SITE, pageByPath } from '../helpers/dist.ts';

/** The HTML contract of CONTRIBUTING.md, asserted on every page of a real build. */
const pages = htmlPages();
const contentPages = pages.filter((p) => !isNotFoundPage(p.urlPath));

describe('built site', () => {
  it('has a Chinese home page at / and an English one at /en/', () => {
    expect(pageByPath('/').querySelector('html')!.getAttribute('lang')).toBe('zh-CN');
    expect(pageByPath('/en/').querySelector('html')!.getAttribute('lang')).toBe('en');
  });

  it('links the two home pages to each other with hreflang', () => {
    const zh = pageByPath('/')
      .querySelectorAll('link[rel=alternate][hreflang]')
      .map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`);
    expect(zh).toContain(`en ${SITE}/en/`);
    const en = pageByPath('/en/')
      .querySelectorAll('link[rel=alternate][hreflang]')
      .map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`);
    expect(en).toContain(`zh-CN ${SITE}/`);
  });

  it('has a unique title on every page', () => {
    const titles = new Map<string, string>();
    for (const p of contentPages) {
      const title = readPage(p.file).querySelector('title')?.text.trim();
      expect(title, p.urlPath).toBeTruthy();
      expect(titles.get(title!), `${p.urlPath} repeats the title of ${titles.get(title!)}`).toBeUndefined();
      titles.set(title!, p.urlPath);
    }
  });
});

describe.each(contentPages)('$urlPath', ({ file, urlPath }) => {
  const doc = readPage(file);
  const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content');

  it('declares the language of its URL', () => {
    expect(doc.querySelector('html')!.getAttribute('lang')).toBe(urlPath.startsWith('/en/') ? 'en' : 'zh-CN');
  });

  it('has a description, canonical link and Open Graph text', () => {
    expect(meta('meta[name=description]')?.length).toBeGreaterThan(10);
    expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(`${SITE}${urlPath}`);
    expect(meta('meta[property="og:title"]')).toBeTruthy();
    expect(meta('meta[property="og:description"]')).toBeTruthy();
    expect(meta('meta[property="og:locale"]')).toBe(urlPath.startsWith('/en/') ? 'en_US' : 'zh_CN');
  });

  it('has hreflang alternates that point only at pages that exist, including itself and x-default', () => {
    const links = doc.querySelectorAll('link[rel=alternate][hreflang]');
    const langs = links.map((l) => l.getAttribute('hreflang'));
    expect(langs).toContain(urlPath.startsWith('/en/') ? 'en' : 'zh-CN');
    expect(langs).toContain('x-default');
    for (const l of links) expect(resolvesInDist(l.getAttribute('href')!), l.getAttribute('href')).toBe(true);
  });

  it('has a language switch that leads to a page that exists', () => {
    const sw = doc.querySelector('[data-lang-switch]');
    expect(sw, 'language switch').toBeTruthy();
    expect(resolvesInDist(sw!.getAttribute('href')!), sw!.getAttribute('href')).toBe(true);
  });
});
