import { describe, expect, it } from 'vitest';
import {
  classify,
  containsQuery,
  exactPhrase,
  isSearchable,
  MAX_QUERY,
  mergeIds,
  normalizeQuery,
} from '../../../src/lib/search/query.ts';

describe('search query helpers', () => {
  it('normalises input: trims, collapses spaces, drops control characters', () => {
    expect(normalizeQuery('  新郑\t大枣 \n')).toBe('新郑 大枣');
    expect(normalizeQuery(null)).toBe('');
  });

  it('cuts a 500-character query to the maximum length', () => {
    expect(Array.from(normalizeQuery('枣'.repeat(500)))).toHaveLength(MAX_QUERY);
  });

  it('does not search punctuation or emoji alone', () => {
    expect(isSearchable('！？，。')).toBe(false);
    expect(isSearchable('🎉🎉')).toBe(false);
    expect(isSearchable('5G')).toBe(true);
    expect(isSearchable('大枣')).toBe(true);
  });

  it('matches across the spaces print layout left in the text, and full-width letters', () => {
    expect(containsQuery('力争 2025 年红色文化', '2025年')).toBe(true);
    expect(containsQuery('第五代移动通信（5G）网络', '５Ｇ')).toBe(true);
    expect(containsQuery('Xinzheng Jujube', 'jujube')).toBe(true);
    expect(containsQuery('完善城乡低保对象认定方法', '低效')).toBe(false);
  });

  it('quotes a phrase without letting a quote in the query break it', () => {
    expect(exactPhrase('河阴"石榴')).toBe('"河阴石榴"');
  });

  it('merges result lists keeping the first order and no repeats', () => {
    expect(mergeIds(['a', 'b'], ['c', 'a'])).toEqual(['a', 'b', 'c']);
  });

  it('puts results that contain the query before partial matches', () => {
    const r = classify(
      [
        { id: 1, text: '城镇低效用地再开发' },
        { id: 2, text: '适当提高低保标准' },
      ],
      (x) => x.text,
      '低保',
    );
    expect(r.exact.map((x) => x.id)).toEqual([2]);
    expect(r.partial.map((x) => x.id)).toEqual([1]);
  });
});

import { excerptAround, readableContent } from '../../../src/lib/search/query.ts';

describe('excerptAround', () => {
  it('cuts the text around the match and marks it', () => {
    const e = excerptAround('做大做强新郑大枣、新密密二花、荥阳柿子等特色农林产业', '新郑大枣', 4);
    expect(e).toEqual({ before: '做大做强', match: '新郑大枣', after: '、新密密…' });
    expect(excerptAround('一二三四五六', '五', 2).before).toBe('…三四');
  });
  it('finds a match that the text splits with a space', () => {
    expect(excerptAround('力争 2025 年红色文化', '2025年', 2).match).toBe('2025 年');
  });
  it('falls back to the start of the text', () => {
    expect(excerptAround('abc', 'zz').after).toBe('abc');
  });
});

describe('readableContent', () => {
  it('turns the ". " Pagefind puts between a Chinese heading and the next block into 。', () => {
    expect(readableContent('新郑大枣. 新郑大枣是新郑市的特产。 大事. 1955年：始建。')).toBe(
      '新郑大枣。新郑大枣是新郑市的特产。 大事。1955年：始建。',
    );
  });
  it('leaves English sentences and Chinese words inside them alone', () => {
    expect(readableContent('Known as laocuhui (老促会). It helps. Sources. Zhengzhou')).toBe(
      'Known as laocuhui (老促会). It helps. Sources. Zhengzhou',
    );
    expect(readableContent('the term 低保. It means')).toBe('the term 低保. It means');
  });
  it('shows the angle brackets Pagefind escaped', () => {
    expect(readableContent('a &lt;b&gt; c')).toBe('a <b> c');
  });
});

describe('containsQuery with Latin text', () => {
  it('does not join English words across a space', () => {
    expect(containsQuery('five caves under Qi mountain', 'erqi')).toBe(false);
    expect(containsQuery('the Erqi Memorial Tower', 'erqi memorial')).toBe(true);
  });
});

import { cjkPieces } from '../../../src/lib/search/query.ts';

describe('cjkPieces', () => {
  it('splits Chinese runs of three or more characters into two-character pieces', () => {
    expect(cjkPieces('新时代')).toEqual(['新时', '时代']);
    expect(cjkPieces('大枣')).toEqual([]);
    expect(cjkPieces('5G 网络')).toEqual([]);
  });
});

import { rankByTitle } from '../../../src/lib/search/query.ts';

describe('rankByTitle', () => {
  it('puts the page titled with the query first, then titles containing it', () => {
    const r = rankByTitle(
      ['第6条 培育壮大特色产业', '大事记', '荥阳河阴石榴节', '河阴石榴'],
      (t) => t,
      '河阴石榴',
    );
    expect(r).toEqual(['河阴石榴', '荥阳河阴石榴节', '第6条 培育壮大特色产业', '大事记']);
  });
});
