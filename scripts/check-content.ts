/**
 * `npm run check` (and every build, through src/integrations/content-check.ts) runs this:
 * it checks every file in content/ and prints all problems at once, one per line, as
 * `file:line  field  问题 / problem  → 怎么改 / what to do`; on GitHub Actions also as
 * `::error file=…,line=…` workflow commands, shown on the pull request's lines. Exit code 1 when any is found.
 */
import { collectContentFiles } from '../src/lib/content/files.ts';
import { checkContent } from '../src/lib/content/check.ts';
import { reportProblems } from '../src/lib/content/problems.ts';

const files = collectContentFiles(process.argv[2] ?? '.');
const problems = checkContent(files);
if (problems.length) {
  console.error(reportProblems(problems));
  process.exit(1);
}
console.log(`内容检查通过：${files.size} 个文件 / Content check passed: ${files.size} files`);
