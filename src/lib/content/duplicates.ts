import type { Problem } from './problems.ts';
import type { CheckedEntry } from './references.ts';

/**
 * Two files that would make the same page: slugs that differ only in case (they clash on
 * Windows and macOS and on case-insensitive hosts), or two measures with one number in one
 * language. (Names and ids used twice in departments.yaml are found by check.ts.)
 */
export function checkDuplicates(files: string[], entries: CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Map<string, string[]>();
  for (const file of files) {
    const m = /^content\/([^/]+)\/([^/]+)\/([^/]+)\.mdx$/.exec(file);
    if (!m) continue;
    const key = `${m[1]}/${m[2]}/${m[3]!.toLowerCase()}`;
    byKey.set(key, [...(byKey.get(key) ?? []), file]);
  }
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    for (const file of group) {
      const others = group.filter((f) => f !== file).join(', ');
      problems.push({
        file,
        field: '',
        zh: `与 ${others} 的文件名只有大小写不同`,
        en: `its name differs from ${others} only in upper/lower case`,
        fixZh: '合并成一个文件，文件名全部用小写',
        fixEn: 'merge them into one file with an all-lowercase name',
      });
    }
  }
  const numbers = new Map<string, CheckedEntry>();
  for (const e of entries.filter((x) => x.collection === 'measures')) {
    const key = `${e.locale}/${String(e.data.number)}`;
    const first = numbers.get(key);
    if (!first) {
      numbers.set(key, e);
      continue;
    }
    problems.push({
      file: e.file,
      line: e.lineOf(['number']),
      field: 'number',
      zh: `措施编号 ${String(e.data.number)} 已由 ${first.file} 使用`,
      en: `measure number ${String(e.data.number)} is already used by ${first.file}`,
      fixZh: '每条措施在每种语言中只有一个文件；删去重复的文件或改正编号',
      fixEn: 'each measure has one file per language: delete the duplicate or correct the number',
    });
  }
  return problems;
}
