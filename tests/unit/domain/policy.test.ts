import { describe, expect, it } from 'vitest';
import {
  chapterLabel,
  measureTitle,
  measuresByChapter,
  neighbours,
  noteParts,
  notePlain,
} from '../../../src/lib/domain/policy.ts';

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
});

describe('editor notes', () => {
  it('turns [words](/path/) into a link to a page of the site and keeps the rest as text', () => {
    expect(noteParts('见[郑州纪念馆](/sites/yuxi-base-zhengzhou-memorial/)页面。')).toEqual([
      { text: '见' },
      { text: '郑州纪念馆', href: '/sites/yuxi-base-zhengzhou-memorial/' },
      { text: '页面。' },
    ]);
  });
  it('leaves external addresses, protocol-relative paths and plain brackets as text', () => {
    for (const note of [
      '[x](https://example.com/)',
      '[x](//evil.example/)',
      '原文“配罝”应为“配置”。',
      '[见上](x)',
    ]) {
      expect(noteParts(note)).toEqual([{ text: note }]);
    }
  });
  it('reduces links to their words for open data', () => {
    expect(notePlain('see [the page](/en/sites/a/).')).toBe('see the page.');
  });
});

describe('measureTitle', () => {
  it('puts the number before the title as each language writes it', () => {
    expect(measureTitle('zh-cn', 12, '加强红色文物的保护利用')).toBe('第12条 加强红色文物的保护利用');
    expect(measureTitle('en', 12, 'Strengthen the protection of revolutionary relics')).toBe(
      'Measure 12: Strengthen the protection of revolutionary relics',
    );
  });
});
