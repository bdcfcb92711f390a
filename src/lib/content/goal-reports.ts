import { parseDocument } from 'yaml';
import type { GoalReportData } from '../../schemas/goal-reports.ts';
import type { Problem } from './problems.ts';
import type { CheckedEntry } from './references.ts';

const FILE = 'content/goal-reports.yaml';

/**
 * content/goal-reports.yaml against the plan's own 2025 goals (the Chinese policy file):
 * each report names a goal exactly as the plan writes it, and every 2025 goal has a report,
 * so a goal with nothing found is shown as such instead of silently missing.
 */
export function checkGoalReports(reports: GoalReportData[], entries: CheckedEntry[], text: string): Problem[] {
  const policy = entries.find((e) => e.collection === 'policy' && e.locale === 'zh-cn');
  const goals = (policy?.data.goals as Array<{ year: number; items: string[] }> | undefined)?.find((g) => g.year === 2025)?.items;
  if (!goals) return [];
  const doc = parseDocument(text);
  const lineOf = (i: number) => {
    const node = doc.getIn([i, 'goal'], true) as { range?: [number] } | undefined;
    return node?.range ? text.slice(0, node.range[0]).split('\n').length : undefined;
  };
  const problems: Problem[] = [];
  reports.forEach((r, i) => {
    if (!goals.includes(r.goal))
      problems.push({
        file: FILE,
        line: lineOf(i),
        field: `${i}.goal`,
        zh: `“${r.goal}”不是方案2025年目标中的原话`,
        en: `"${r.goal}" is not one of the plan's 2025 goals word for word`,
        fixZh: '照 content/policy/zh-cn/plan.mdx 中 goals（2025年）的原文逐字填写',
        fixEn: 'copy the goal exactly as content/policy/zh-cn/plan.mdx lists it under goals (2025)',
      });
  });
  for (const goal of goals) {
    if (!reports.some((r) => r.goal === goal))
      problems.push({
        file: FILE,
        field: 'goal',
        zh: `2025年目标“${goal}”没有条目`,
        en: `the 2025 goal "${goal}" has no item`,
        fixZh: '为它加一项：goal 写原文，searched 写检索日期；没有查到报道时 findings 留空',
        fixEn: 'add an item: goal as written, searched the day you searched; leave findings empty when nothing was found',
      });
  }
  return problems;
}
