import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { pageByPath } from '../helpers/dist.ts';
import { officialMeasures, splitResponsible, squash } from '../helpers/official.ts';

/** The Chinese measures on the site must be the official text, word for word. */
const official = officialMeasures();

describe('official text fixture', () => {
  it('has 20 measures numbered 1 to 20', () => {
    expect(official.map((m) => m.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});

describe.each(official)('measure $number', (m) => {
  it('is rendered verbatim on its own page', () => {
    const page = pageByPath(`/policy/measures/${m.number}/`);
    const title = page.querySelector('h1')!.text.replace(/^第\d+条\s*/, '');
    expect(squash(title)).toBe(squash(m.title));
    expect(squash(page.querySelector('.measure-text')!.text)).toBe(squash(m.text));
  });

  it('is rendered verbatim in the full text at #measure-N', () => {
    const section = pageByPath('/policy/').querySelector(`section#measure-${m.number}`);
    expect(section, `section#measure-${m.number}`).toBeTruthy();
    expect(squash(section!.querySelector('h3')!.text)).toBe(squash(`${m.number}.${m.title}`));
    expect(squash(section!.querySelector('.measure-text')!.text)).toBe(squash(m.text));
  });

  it('names exactly the units of the official 责任单位 line, in order', () => {
    const fm = readFrontmatter(readFileSync(`content/measures/zh-cn/${m.number}.mdx`, 'utf8'))!;
    expect((fm.data as { departments: string[] }).departments).toEqual(splitResponsible(m.responsible));
  });

  it('has an English translation page marked unofficial', () => {
    const page = pageByPath(`/en/policy/measures/${m.number}/`);
    expect(page.querySelector('[data-translation-notice]')?.text).toMatch(/unofficial/i);
    expect(page.querySelector('.measure-text')!.text.trim().length).toBeGreaterThan(40);
  });
});
