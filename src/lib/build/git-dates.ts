import { execFileSync } from 'node:child_process';

/**
 * Date of the last commit that touched each file under content/, read from git once per
 * build (one `git log`, not one per page). Files not in git history, or a checkout
 * without git, simply have no date; pages then fall back to their frontmatter.
 * Commits that only reformat files (`npm run content:normalize`, committed with the
 * FORMAT_ONLY trailer in their message) do not count: a page is not “updated” by them.
 * The day is the commit's calendar day in China (Asia/Shanghai), as the build date is: a
 * commit at 22:00 UTC is dated the next day, so a page is never updated after it was read.
 */
export const FORMAT_ONLY = 'Format-only: content:normalize';

let cache: Map<string, string> | undefined;

export function parseGitLog(log: string): Map<string, string> {
  const dates = new Map<string, string>();
  let current: string | undefined;
  for (const line of log.split('\n')) {
    const date = /^date:(\d{4}-\d{2}-\d{2})$/.exec(line);
    if (date) current = date[1];
    else if (line.trim() && current && !dates.has(line.trim())) dates.set(line.trim(), current);
  }
  return dates;
}

/** The dates as git has them now under `root` (lastCommitDates keeps them for the build). */
export function readGitDates(root = '.'): Map<string, string> {
  try {
    const log = execFileSync(
      'git',
      [
        'log',
        '--format=date:%cd',
        '--date=format-local:%Y-%m-%d',
        '--name-only',
        '--invert-grep',
        '--fixed-strings',
        `--grep=${FORMAT_ONLY}`,
        '--',
        'content',
      ],
      {
        cwd: root,
        env: { ...process.env, TZ: 'Asia/Shanghai' },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return parseGitLog(log);
  } catch {
    return new Map();
  }
}

export function lastCommitDates(root = '.'): Map<string, string> {
  return (cache ??= readGitDates(root));
}
