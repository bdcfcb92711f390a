import { lastCommitDates } from '../build/git-dates.ts';

/**
 * Where a page comes from: a link to edit its file in the repository and the date it last
 * changed (frontmatter `lastUpdated` wins over git history).
 * EDIT_URL_BASE is the repository's edit address for the main branch, e.g.
 * https://github.com/<owner>/<repo>/edit/main/ ; without it no edit link is shown.
 */
export function editUrl(filePath: string, base = process.env.EDIT_URL_BASE): string | undefined {
  if (!base) return undefined;
  return new URL(filePath.replace(/^\.?\//, ''), base.endsWith('/') ? base : `${base}/`).href;
}

export function lastUpdated(filePath: string, override?: string): string | undefined {
  return override ?? lastCommitDates().get(filePath.replace(/^\.?\//, ''));
}
