import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_ONLY, parseGitLog, readGitDates } from '../../../src/lib/build/git-dates.ts';
import { editUrl, lastUpdated } from '../../../src/lib/data/provenance.ts';

describe('provenance', () => {
  it('links a content file in the repository when a base URL is set', () => {
    expect(editUrl('content/sites/zh-cn/a.mdx', 'https://github.com/o/r/edit/main')).toBe(
      'https://github.com/o/r/edit/main/content/sites/zh-cn/a.mdx',
    );
    expect(editUrl('content/sites/zh-cn/a.mdx', '')).toBeUndefined();
  });

  it('takes the newest commit date of each file from git log', () => {
    const dates = parseGitLog(
      'date:2026-11-29\n\ncontent/a.mdx\ncontent/b.mdx\ndate:2026-10-01\n\ncontent/a.mdx\ncontent/c.mdx\n',
    );
    expect(Object.fromEntries(dates)).toEqual({
      'content/a.mdx': '2026-11-29',
      'content/b.mdx': '2026-11-29',
      'content/c.mdx': '2026-10-01',
    });
  });

  it('does not count a format-only commit (npm run content:normalize) as an update of the page', () => {
    const root = mkdtempSync(join(tmpdir(), 'zz-git-'));
    const git = (args: string[], date: string) =>
      execFileSync('git', args, {
        cwd: root,
        env: {
          ...process.env,
          GIT_AUTHOR_DATE: `${date}T12:00:00Z`,
          GIT_COMMITTER_DATE: `${date}T12:00:00Z`,
        },
        stdio: 'ignore',
      });
    try {
      git(['init', '-q'], '2026-01-01');
      git(['config', 'user.email', 'test@example.org'], '2026-01-01');
      git(['config', 'user.name', 'Test'], '2026-01-01');
      mkdirSync(join(root, 'content'));
      writeFileSync(join(root, 'content/a.mdx'), 'a: "1"\n');
      writeFileSync(join(root, 'content/b.mdx'), 'b: "1"\n');
      git(['add', '.'], '2026-03-01');
      git(['commit', '-q', '-m', 'Add a and b'], '2026-03-01');
      writeFileSync(join(root, 'content/b.mdx'), 'b: "2"\n');
      git(['commit', '-q', '-am', 'Edit b'], '2026-04-01');
      writeFileSync(join(root, 'content/a.mdx'), 'a: 1\n');
      writeFileSync(join(root, 'content/b.mdx'), 'b: 2\n');
      git(['commit', '-q', '-am', `Content in the CMS's form\n\n${FORMAT_ONLY}`], '2026-05-01');
      expect(Object.fromEntries(readGitDates(root))).toEqual({
        'content/a.mdx': '2026-03-01',
        'content/b.mdx': '2026-04-01',
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('dates a commit by its calendar day in China, as the build date is', () => {
    const root = mkdtempSync(join(tmpdir(), 'zz-git-'));
    try {
      const env = {
        ...process.env,
        GIT_AUTHOR_DATE: '2026-12-04T20:43:00Z',
        GIT_COMMITTER_DATE: '2026-12-04T20:43:00Z',
      };
      const git = (args: string[]) => execFileSync('git', args, { cwd: root, env, stdio: 'ignore' });
      git(['init', '-q']);
      git(['config', 'user.email', 'test@example.org']);
      git(['config', 'user.name', 'Test']);
      mkdirSync(join(root, 'content'));
      writeFileSync(join(root, 'content/a.mdx'), 'a: 1\n');
      git(['add', '.']);
      git(['commit', '-q', '-m', 'Add a']);
      // 20:43 UTC on 4 December is 04:43 on 5 December in Beijing.
      expect(readGitDates(root).get('content/a.mdx')).toBe('2026-12-05');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('prefers the frontmatter date', () => {
    expect(lastUpdated('content/none.mdx', '2025-01-02')).toBe('2025-01-02');
  });
});
