import { describe, expect, it } from 'vitest';
import { citationMetaTags } from '../../../src/lib/citation/meta-tags.ts';
import { pageItem } from '../../../src/lib/citation/page-works.ts';

/** The citation meta tags Zotero's Embedded Metadata translator reads, from the page's item. */
const tags = (item: Parameters<typeof citationMetaTags>[0]) =>
  Object.fromEntries(citationMetaTags(item).map((t) => [t.name, t.content]));

describe('citation meta tags', () => {
  it('an English page: title, author (kept whole), date, language, URL; Dublin Core alongside', () => {
    const item = pageItem({
      id: 'k',
      title: 'Erqi Memorial Tower',
      url: 'https://x.org/en/sites/erqi-memorial-tower/',
      siteName: 'Revitalizing Zhengzhou’s Old Revolutionary Base Areas',
      language: 'en',
      updated: '2026-11-29',
      accessed: '2026-12-05',
    });
    expect(tags(item)).toEqual({
      citation_title: 'Erqi Memorial Tower',
      // With the comma Zotero reads “family name, no given name”; without it, “… Base” + “Areas”.
      citation_author: 'Revitalizing Zhengzhou’s Old Revolutionary Base Areas,',
      citation_publication_date: '2026/11/29',
      citation_language: 'en',
      citation_public_url: 'https://x.org/en/sites/erqi-memorial-tower/',
      'DC.title': 'Erqi Memorial Tower',
      'DC.creator': 'Revitalizing Zhengzhou’s Old Revolutionary Base Areas',
      'DC.date': '2026-11-29',
      'DC.language': 'en',
      'DC.publisher': 'Revitalizing Zhengzhou’s Old Revolutionary Base Areas',
      'DC.identifier': 'https://x.org/en/sites/erqi-memorial-tower/',
    });
  });

  it('a Chinese page without a date: the name as is, and no date tags', () => {
    const t = tags(
      pageItem({
        id: 'k',
        title: '大事记',
        url: 'https://x.org/timeline/',
        siteName: '郑州革命老区振兴发展',
        language: 'zh-CN',
        accessed: '2026-12-05',
      }),
    );
    expect(t.citation_author).toBe('郑州革命老区振兴发展');
    expect(t).not.toHaveProperty('citation_publication_date');
    expect(t).not.toHaveProperty('DC.date');
  });
});
