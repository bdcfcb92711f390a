/**
 * `npm run i18n:status`: pages missing in English, English pages without a Chinese
 * original, and English pages older than their original. A page's date is its
 * `lastUpdated` field when given, else the day of the last git commit touching the file,
 * else today when the file has uncommitted changes (which count as newer than any commit). `--json` prints the raw status;
 * `--strict` exits 1 when anything needs translating (for CI, if wanted).
 */
import { execFileSync } from 'node:child_process';
import { collectContentFiles } from '../src/lib/content/files.ts';
import { readFrontmatter } from '../src/lib/content/frontmatter.ts';
import { lastCommitDates } from '../src/lib/build/git-dates.ts';
import { dayInChina } from '../src/i18n/dates.ts';
import { formatStatus, translationStatus, type PageVersion } from './lib/i18n-status.ts';

/** Files under content/ with changes not yet committed (modified, added or untracked). */
function uncommitted(): Set<string> {
  try {
    const out = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'content'], {
      encoding: 'utf8',
    });
    return new Set(
      out
        .split('\n')
        .filter(Boolean)
        .map((l) => l.slice(3).replace(/^.* -> /, '')),
    );
  } catch {
    return new Set();
  }
}

const git = lastCommitDates('.');
const dirty = uncommitted();
const today = dayInChina(new Date());
const pages: PageVersion[] = [];
for (const [file, text] of collectContentFiles('.')) {
  const m = /^content\/([^/]+)\/(zh-cn|en)\/([^/]+)\.mdx$/.exec(file);
  if (!m) continue;
  const lastUpdated = (readFrontmatter(text)?.data as { lastUpdated?: unknown } | undefined)?.lastUpdated;
  const fromField =
    lastUpdated instanceof Date
      ? lastUpdated.toISOString().slice(0, 10)
      : typeof lastUpdated === 'string'
        ? lastUpdated
        : undefined;
  const [date, dateFrom]: [string | undefined, PageVersion['dateFrom']] = fromField
    ? [fromField, 'lastUpdated']
    : dirty.has(file)
      ? [today, 'uncommitted']
      : git.has(file)
        ? [git.get(file), 'git']
        : [undefined, 'unknown'];
  pages.push({ collection: m[1]!, locale: m[2]!, slug: m[3]!, file, date, dateFrom });
}

const status = translationStatus(pages);
console.log(process.argv.includes('--json') ? JSON.stringify(status, null, 2) : formatStatus(status));
if (
  process.argv.includes('--strict') &&
  status.missingEn.length + status.orphanEn.length + status.staleEn.length
)
  process.exit(1);
