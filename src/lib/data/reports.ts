/**
 * “Report a problem”: a link to a new issue in the site's repository, on the correction
 * form (.github/ISSUE_TEMPLATE/correction.yml) with the page's address, title and language
 * filled in (GitHub fills an issue form's fields from query parameters named after their
 * ids). REPO_URL is the repository's address, e.g. https://github.com/<owner>/<repo>;
 * without it no report link is shown.
 */
export interface ReportInput {
  pageUrl: string;
  title: string;
  /** The form's option for the page's language. */
  language: string;
}

export function repoUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  return env.REPO_URL?.replace(/\/+$/, '') || undefined;
}

export function reportUrl(input: ReportInput, repo = repoUrl()): string | undefined {
  if (!repo) return undefined;
  const query = new URLSearchParams({
    template: 'correction.yml',
    title: `[纠错 / Correction] ${input.title}`,
    page: input.pageUrl,
    'page-title': input.title,
    language: input.language,
  });
  return `${repo}/issues/new?${query}`;
}

/** The form for accessibility barriers, with the page's address filled in. */
export function barrierUrl(pageUrl: string, repo = repoUrl()): string | undefined {
  if (!repo) return undefined;
  return `${repo}/issues/new?${new URLSearchParams({ template: 'accessibility.yml', page: pageUrl })}`;
}
