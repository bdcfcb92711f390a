import { describe, expect, it } from 'vitest';
import { normalizeBase, rebaseHtml, stripBase, withBase } from '../../../src/lib/routing/base.ts';

describe('base path', () => {
  it('normalizes BASE_PATH to /, or a path with both slashes', () => {
    expect([undefined, '', '/', 'laoqu', '/laoqu', 'laoqu/', '/a/b/'].map(normalizeBase)).toEqual([
      '/',
      '/',
      '/',
      '/laoqu/',
      '/laoqu/',
      '/laoqu/',
      '/a/b/',
    ]);
  });

  it('puts a site path under the base once, and takes it off again', () => {
    expect(withBase('/sites/x/', '/laoqu/')).toBe('/laoqu/sites/x/');
    expect(withBase('/laoqu/_astro/a.js', '/laoqu/')).toBe('/laoqu/_astro/a.js');
    expect(withBase('/', '/laoqu/')).toBe('/laoqu/');
    expect(withBase('/sites/x/', '/')).toBe('/sites/x/');
    expect(withBase('https://example.org/', '/laoqu/')).toBe('https://example.org/');
    expect(stripBase('/laoqu/sites/x/', '/laoqu/')).toBe('/sites/x/');
  });

  it('rebases root-relative href, src and action attributes, and nothing else', () => {
    const html =
      '<a href="/sites/x/">x</a><img src="/og/a.png"><form action="/search/"><a href="#main"><a href="//cdn.example/x"><a href="https://e.org/"><link href="/laoqu/_astro/s.css"><p>href="/not/an/attribute"</p>';
    expect(rebaseHtml(html, '/laoqu/')).toBe(
      '<a href="/laoqu/sites/x/">x</a><img src="/laoqu/og/a.png"><form action="/laoqu/search/"><a href="#main"><a href="//cdn.example/x"><a href="https://e.org/"><link href="/laoqu/_astro/s.css"><p>href="/not/an/attribute"</p>',
    );
    expect(rebaseHtml(html, '/')).toBe(html);
  });
});
