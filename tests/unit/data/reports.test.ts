import { describe, expect, it } from 'vitest';
import { barrierUrl, reportUrl, repoUrl } from '../../../src/lib/data/reports.ts';

describe('report a problem', () => {
  const input = {
    pageUrl: 'https://laoqu.example.org/sites/erqi-memorial-tower/',
    title: '郑州二七纪念塔和纪念堂',
    language: '中文 / Chinese',
  };

  it('links a new issue on the correction form with the page’s address, title and language filled in', () => {
    const url = new URL(reportUrl(input, 'https://github.com/o/r')!);
    expect(url.origin + url.pathname).toBe('https://github.com/o/r/issues/new');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      template: 'correction.yml',
      title: '[纠错 / Correction] 郑州二七纪念塔和纪念堂',
      page: input.pageUrl,
      'page-title': input.title,
      language: '中文 / Chinese',
    });
  });

  it('shows no link when the repository is not set', () => {
    expect(repoUrl({})).toBeUndefined();
    expect(reportUrl(input, undefined)).toBeUndefined();
    expect(barrierUrl(input.pageUrl, undefined)).toBeUndefined();
    expect(repoUrl({ REPO_URL: 'https://github.com/o/r/' })).toBe('https://github.com/o/r');
  });

  it('the form’s field ids are the parameters the link fills in', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const form = parse(readFileSync('.github/ISSUE_TEMPLATE/correction.yml', 'utf8')) as {
      body: Array<{ id?: string }>;
    };
    const ids = form.body.map((b) => b.id).filter(Boolean);
    for (const key of ['page', 'page-title', 'language']) expect(ids).toContain(key);
    expect(form.body.find((b) => b.id === 'language')).toMatchObject({
      attributes: { options: ['中文 / Chinese', 'English'] },
    });
  });
});
