import { describe, expect, it } from 'vitest';
import { formatStatus, translationStatus, type PageVersion } from '../../../scripts/lib/i18n-status.ts';

const page = (
  file: string,
  date?: string,
  dateFrom: PageVersion['dateFrom'] = date ? 'git' : 'unknown',
): PageVersion => {
  const [, collection, locale, slug] = /^content\/([^/]+)\/([^/]+)\/([^/]+)\.mdx$/.exec(file)!;
  return { collection: collection!, locale: locale!, slug: slug!, file, date, dateFrom };
};

describe('translation status', () => {
  it('lists Chinese pages without English, with the file to create', () => {
    const s = translationStatus([page('content/sites/zh-cn/a.mdx', '2026-01-01')]);
    expect(s.missingEn).toEqual([
      { zh: expect.objectContaining({ slug: 'a' }), enFile: 'content/sites/en/a.mdx' },
    ]);
    expect(s.pairs).toBe(0);
  });

  it('lists English pages without a Chinese original, per collection', () => {
    const s = translationStatus([
      page('content/sites/zh-cn/a.mdx', '2026-01-01'),
      page('content/products/en/a.mdx', '2026-01-01'),
    ]);
    expect(s.orphanEn.map((p) => p.file)).toEqual(['content/products/en/a.mdx']);
  });

  it('lists English pages changed on an earlier day than their original', () => {
    const s = translationStatus([
      page('content/sites/zh-cn/old.mdx', '2026-03-02'),
      page('content/sites/en/old.mdx', '2026-03-01'),
      page('content/sites/zh-cn/same-day.mdx', '2026-03-02'),
      page('content/sites/en/same-day.mdx', '2026-03-02'),
      page('content/sites/zh-cn/newer-en.mdx', '2026-03-01'),
      page('content/sites/en/newer-en.mdx', '2026-03-05'),
    ]);
    expect(s.staleEn.map((p) => p.en.slug)).toEqual(['old']);
    expect(s.pairs).toBe(3);
  });

  it('lets lastUpdated override the git date on either side', () => {
    const s = translationStatus([
      page('content/sites/zh-cn/a.mdx', '2026-03-02'),
      page('content/sites/en/a.mdx', '2026-03-02', 'lastUpdated'),
      page('content/sites/zh-cn/b.mdx', '2026-05-01', 'lastUpdated'),
      page('content/sites/en/b.mdx', '2026-04-01'),
    ]);
    expect(s.staleEn.map((p) => p.en.slug)).toEqual(['b']);
  });

  it('counts uncommitted changes to the original as newer than any commit of the translation', () => {
    const s = translationStatus([
      page('content/sites/zh-cn/a.mdx', '2026-03-02', 'uncommitted'),
      page('content/sites/en/a.mdx', '2026-03-02'),
    ]);
    expect(s.staleEn).toHaveLength(1);
  });

  it('keeps pairs without dates apart instead of guessing', () => {
    const s = translationStatus([
      page('content/sites/zh-cn/a.mdx'),
      page('content/sites/en/a.mdx', '2026-03-02'),
    ]);
    expect(s.staleEn).toEqual([]);
    expect(s.undated).toHaveLength(1);
  });

  it('prints a bilingual report', () => {
    const text = formatStatus(
      translationStatus([
        page('content/sites/zh-cn/a.mdx', '2026-03-02'),
        page('content/sites/en/a.mdx', '2026-03-01'),
        page('content/sites/zh-cn/b.mdx'),
      ]),
    );
    expect(text).toContain(
      '缺少英文 / missing in English (1):\n  content/sites/zh-cn/b.mdx → content/sites/en/b.mdx',
    );
    expect(text).toContain(
      '英文比中文原文旧 / English older than the Chinese original (1):\n  content/sites/en/a.mdx (2026-03-01, git) < content/sites/zh-cn/a.mdx (2026-03-02, git)',
    );
    expect(formatStatus(translationStatus([]))).toMatch(/every page is translated and up to date/);
  });
});
