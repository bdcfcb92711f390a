import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  localizePath,
  normalizePath,
  parentPath,
  splitLocale,
} from '../../../src/lib/routing/paths.ts';
import { splitEntryId } from '../../../src/lib/data/ids.ts';

describe('paths', () => {
  it('keeps Chinese at the root and English under /en/', () => {
    expect(localizePath('/policy/measures/12/', 'zh-cn')).toBe('/policy/measures/12/');
    expect(localizePath('/policy/measures/12/', 'en')).toBe('/en/policy/measures/12/');
    expect(localizePath('/', 'en')).toBe('/en/');
  });

  it('always ends directory URLs with a slash', () => {
    expect(normalizePath('policy')).toBe('/policy/');
    expect(normalizePath('//sites//erqi/')).toBe('/sites/erqi/');
    expect(normalizePath('')).toBe('/');
  });

  it('splits a URL into locale and neutral path', () => {
    expect(splitLocale('/en/sites/erqi-memorial-tower/')).toEqual({
      locale: 'en',
      path: '/sites/erqi-memorial-tower/',
    });
    expect(splitLocale('/sites/')).toEqual({ locale: 'zh-cn', path: '/sites/' });
    expect(splitLocale('/')).toEqual({ locale: 'zh-cn', path: '/' });
    // a page whose slug merely starts with "en" is not English
    expect(splitLocale('/enterprise/')).toEqual({ locale: 'zh-cn', path: '/enterprise/' });
  });

  it('finds the parent page', () => {
    expect(parentPath('/policy/measures/3/')).toBe('/policy/measures/');
    expect(parentPath('/policy/')).toBe('/');
    expect(parentPath('/')).toBeUndefined();
  });

  it('makes absolute URLs on the configured site', () => {
    expect(absoluteUrl('/en/policy/', 'https://laoqu.example.org')).toBe(
      'https://laoqu.example.org/en/policy/',
    );
  });
});

describe('entry ids', () => {
  it('split into locale and slug', () => {
    expect(splitEntryId('zh-cn/12')).toEqual({ locale: 'zh-cn', slug: '12' });
    expect(splitEntryId('en/heyin-pomegranate')).toEqual({ locale: 'en', slug: 'heyin-pomegranate' });
  });

  it('reject files outside a locale folder, naming the file', () => {
    expect(() => splitEntryId('fr/x', 'content/sites/fr/x.mdx')).toThrow(/content\/sites\/fr\/x\.mdx/);
    expect(() => splitEntryId('zh-cn/二七塔', 'content/sites/zh-cn/二七塔.mdx')).toThrow(/kebab-case/);
  });
});
