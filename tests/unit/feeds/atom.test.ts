import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../../src/lib/feeds/atom.ts';

const input = {
  title: '郑州革命老区振兴发展：最近更新',
  subtitle: '新收录的报道',
  home: 'https://laoqu.example.org/',
  self: 'https://laoqu.example.org/feed.xml',
  language: 'zh-CN',
  publisher: '郑州革命老区振兴发展',
  rights: '不是政府官方网站',
  entries: [
    {
      url: 'https://laoqu.example.org/policy/measures/12/#progress-a',
      title: '落实进展：纪念馆列为“下一步重点推进”',
      summary: '<不是标签> & 引号',
      date: '2026-12-04',
    },
    {
      url: 'https://laoqu.example.org/topics/b/',
      title: '专题：河流',
      summary: '河流与水利工程',
      date: '2026-11-29',
    },
  ],
};

describe('Atom feed', () => {
  it('parses with a real feed parser as Atom, with every entry, its link and its date', () => {
    const feed = parseFeed(atomFeed(input));
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe(input.title);
    expect(feed.url).toBe('https://laoqu.example.org/');
    expect(feed.items.map((i) => i.url)).toEqual(input.entries.map((e) => e.url));
    expect(feed.items[0]!.title).toBe('落实进展：纪念馆列为“下一步重点推进”');
    expect(feed.items[0]!.updated?.toISOString()).toBe('2026-12-04T00:00:00.000Z');
  });

  it('keeps markup-like text as text', () => {
    const feed = parseFeed(atomFeed(input));
    expect(feed.items[0]!.description).toBe('<不是标签> & 引号');
  });

  it('is dated by its newest entry, so the same content always gives the same file', () => {
    expect(atomFeed(input)).toBe(atomFeed(input));
    expect(parseFeed(atomFeed(input)).updated?.toISOString()).toBe('2026-12-04T00:00:00.000Z');
  });
});
