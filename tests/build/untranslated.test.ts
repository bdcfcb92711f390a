import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../helpers/project-copy.ts';

/**
 * A Chinese page without an English translation: its English address shows the Chinese
 * page with a clear notice, is not indexed or offered as English, and nothing links to a 404.
 */
const copy = projectCopy();
let out = '';
const read = (path: string) => parse(readFileSync(join(out, path, 'index.html'), 'utf8'));
beforeAll(() => {
  rmSync(join(copy.dir, 'content/sites/en/jingdian-martyrs-cemetery.mdx'));
  const run = copy.build();
  expect(run.status, run.output.slice(-2000)).toBe(0);
  out = run.out;
}, 600_000);
afterAll(() => copy.remove());

describe('an untranslated page', () => {
  it('has an English address showing the Chinese text with a notice', () => {
    const page = read('en/sites/jingdian-martyrs-cemetery');
    expect(page.querySelector('html')!.getAttribute('lang')).toBe('en');
    expect(page.querySelector('[data-untranslated]')!.getAttribute('lang')).toBe('zh-CN');
    expect(page.querySelector('[data-translation-notice]')!.text).toMatch(/not been translated yet/);
    expect(page.querySelector('h1')!.text).toMatch(/景店/);
  });

  it('is not indexed: noindex, canonical to the Chinese page, not in the search index', () => {
    const page = read('en/sites/jingdian-martyrs-cemetery');
    expect(page.querySelector('meta[name=robots]')!.getAttribute('content')).toBe('noindex');
    expect(page.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe(
      'https://laoqu.example.org/sites/jingdian-martyrs-cemetery/',
    );
    const entry = JSON.parse(readFileSync(join(out, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(entry.languages['zh-cn'].page_count - 1);
  });

  it('is not offered as English: no hreflang en, not listed on the English index', () => {
    const zh = read('sites/jingdian-martyrs-cemetery');
    expect(zh.querySelectorAll('link[hreflang=en]')).toHaveLength(0);
    expect(zh.querySelector('[data-lang-switch]')!.getAttribute('href')).toBe('/en/sites/');
    expect(read('en/sites').querySelectorAll('a[href="/en/sites/jingdian-martyrs-cemetery/"]')).toHaveLength(
      0,
    );
  });
});
