import { describe, expect, it } from 'vitest';
import { chapterLabel, measuresByChapter, neighbours, RELATED_SECTIONS } from '../../../src/lib/domain/policy.ts';

describe('policy helpers', () => {
  it('labels chapters as the plan does, and in Roman numerals in English', () => {
    expect(chapterLabel(3, 'zh-cn')).toBe('三、');
    expect(chapterLabel(6, 'en')).toBe('VI. ');
  });

  it('groups measures under their chapters in order', () => {
    const grouped = measuresByChapter(
      [
        { number: 3, title: 'A' },
        { number: 4, title: 'B' },
      ],
      [
        { number: 5, chapter: 4, title: 'm5' },
        { number: 2, chapter: 3, title: 'm2' },
        { number: 1, chapter: 3, title: 'm1' },
      ],
    );
    expect(grouped.map((c) => c.measures.map((m) => m.number))).toEqual([[1, 2], [5]]);
  });

  it('finds the previous and next measure, with none before 1 or after 20', () => {
    const all = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(neighbours(1, all)).toEqual({ prev: undefined, next: 2 });
    expect(neighbours(12, all)).toEqual({ prev: 11, next: 13 });
    expect(neighbours(20, all)).toEqual({ prev: 19, next: undefined });
  });

  it('links measure 6 to products, 7 to routes and 11–12 to heritage sites', () => {
    expect(RELATED_SECTIONS[6]).toContain('/products/');
    expect(RELATED_SECTIONS[7]).toContain('/routes/');
    expect(RELATED_SECTIONS[12]).toContain('/sites/');
  });
});

import { formatDate } from '../../../src/i18n/dates.ts';

describe('formatDate', () => {
  it('writes Chinese dates with 年月日 and only the known precision', () => {
    expect(formatDate('2021-11-05', 'zh-cn')).toBe('2021年11月5日');
    expect(formatDate('1944-09', 'zh-cn')).toBe('1944年9月');
    expect(formatDate('1945', 'zh-cn')).toBe('1945年');
  });

  it('writes English dates day month year', () => {
    expect(formatDate('2021-11-11', 'en')).toBe('11 November 2021');
    expect(formatDate('1944-09', 'en')).toBe('September 1944');
    expect(formatDate('1945', 'en')).toBe('1945');
  });
});

import { filterCss } from '../../../src/components/catalog/filter-css.ts';

describe('filterCss', () => {
  it('hides items without the checked value', () => {
    expect(filterCss({ place: ['dengfeng'] })).toBe(
      '.filterable:has(input[name="place"][value="dengfeng"]:checked) [data-place]:not([data-place~="dengfeng"]){display:none}\n',
    );
  });
  it('refuses values that would break the selector', () => {
    expect(() => filterCss({ place: ['a"]{}'] })).toThrow(/kebab-case/);
  });
});

import { noteParts, notePlain } from '../../../src/lib/domain/policy.ts';

describe('editor notes', () => {
  it('turns [words](/path/) into a link to a page of the site and keeps the rest as text', () => {
    expect(noteParts('见[郑州纪念馆](/sites/yuxi-base-zhengzhou-memorial/)页面。')).toEqual([
      { text: '见' },
      { text: '郑州纪念馆', href: '/sites/yuxi-base-zhengzhou-memorial/' },
      { text: '页面。' },
    ]);
  });
  it('leaves external addresses, protocol-relative paths and plain brackets as text', () => {
    for (const note of ['[x](https://example.com/)', '[x](//evil.example/)', '原文“配罝”应为“配置”。', '[见上](x)']) {
      expect(noteParts(note)).toEqual([{ text: note }]);
    }
  });
  it('reduces links to their words for open data', () => {
    expect(notePlain('see [the page](/en/sites/a/).')).toBe('see the page.');
  });
});
