import { describe, expect, it } from 'vitest';
import { parseGitLog } from '../../../src/lib/build/git-dates.ts';
import { editUrl, lastUpdated } from '../../../src/lib/data/provenance.ts';

describe('provenance', () => {
  it('links a content file in the repository when a base URL is set', () => {
    expect(editUrl('content/sites/zh-cn/a.mdx', 'https://github.com/o/r/edit/main')).toBe(
      'https://github.com/o/r/edit/main/content/sites/zh-cn/a.mdx',
    );
    expect(editUrl('content/sites/zh-cn/a.mdx', '')).toBeUndefined();
  });

  it('takes the newest commit date of each file from git log', () => {
    const dates = parseGitLog('date:2026-11-29\n\ncontent/a.mdx\ncontent/b.mdx\ndate:2026-10-01\n\ncontent/a.mdx\ncontent/c.mdx\n');
    expect(Object.fromEntries(dates)).toEqual({
      'content/a.mdx': '2026-11-29',
      'content/b.mdx': '2026-11-29',
      'content/c.mdx': '2026-10-01',
    });
  });

  it('prefers the frontmatter date', () => {
    expect(lastUpdated('content/none.mdx', '2025-01-02')).toBe('2025-01-02');
  });
});
