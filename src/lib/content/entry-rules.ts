/**
 * Rules that need more than one file's frontmatter but no other collection's content:
 * dates that may not lie in the future, the verb of a progress item inside its quote, an
 * explainer named after its measure, citations in topic pages. They run on every check
 * (never cached), because “today” moves.
 */
import { mdxToMdast } from 'satteri';
import { dayInChina } from '../../i18n/dates.ts';
import type { MdNode } from './mdx/rules.ts';
import type { Problem } from './problems.ts';
import type { CheckedEntry } from './references.ts';

/** Today in China as YYYY-MM-DD: BUILD_DATE when set (tests, reproducible builds), else the clock. */
export const today = (env = process.env) => env.BUILD_DATE ?? dayInChina(new Date());

const problem = (e: CheckedEntry, path: PropertyKey[], msg: Omit<Problem, 'file' | 'line' | 'field'>): Problem => ({
  file: e.file,
  line: e.lineOf(path),
  field: path.join('.'),
  ...msg,
});

/** A partial date (1944, 1944-09, 1944-09-30) lies after `day` only if its earliest day does. */
const isAfter = (date: string, day: string) => date.slice(0, day.length) > day.slice(0, date.length);

function futureDate(e: CheckedEntry, path: PropertyKey[], value: unknown, day: string): Problem[] {
  if (typeof value !== 'string' || !isAfter(value, day)) return [];
  return [
    problem(e, path, {
      zh: `日期 ${value} 晚于今天（${day}）`,
      en: `the date ${value} is after today (${day})`,
      fixZh: '写来源报道的日期或你核对来源的日期，不能写将来的日期',
      fixEn: 'give the date the source reports or the day you checked it, never a future date',
    }),
  ];
}

export function checkEntryRules(entries: CheckedEntry[], texts: Map<string, string>, day = today()): Problem[] {
  const problems: Problem[] = [];
  for (const e of entries) {
    const d = e.data;
    if (e.collection === 'progress') {
      problems.push(...futureDate(e, ['date'], d.date, day), ...futureDate(e, ['lastChecked'], d.lastChecked, day));
      const quote = String(d.quote ?? '');
      const verb = String(d.verb ?? '');
      if (verb && !quote.includes(verb)) {
        problems.push(
          problem(e, ['verb'], {
            zh: `动词“${verb}”没有出现在引文（quote）里`,
            en: `the verb "${verb}" does not appear in the quote`,
            fixZh: '照来源原文抄写动词（拟、推进、开工、建成……是不同的事实），不要改写或“升级”',
            fixEn: 'copy the verb exactly as the source writes it (拟, 推进, 开工, 建成 … are different facts); never reword or upgrade it',
          }),
        );
      }
    }
    if (e.collection === 'explainers') {
      problems.push(...futureDate(e, ['progressSearched'], d.progressSearched, day));
      if (String(d.measure) !== e.slug) {
        problems.push(
          problem(e, ['measure'], {
            zh: `措施编号 ${d.measure} 与文件名 ${e.slug}.mdx 不一致`,
            en: `measure ${d.measure} does not match the file name ${e.slug}.mdx`,
            fixZh: `把文件命名为 ${d.measure}.mdx`,
            fixEn: `name the file ${d.measure}.mdx`,
          }),
        );
      }
    }
    if (e.collection === 'topics') problems.push(...topicCitations(e, texts.get(e.file) ?? ''));
  }
  return problems;
}

/** The n of every <Ref n="…" /> under a node. */
function refsIn(node: MdNode): number[] {
  const own = node.name === 'Ref' ? [Number(node.attributes?.find((a) => a.name === 'n')?.value)] : [];
  return [...own, ...(node.children ?? []).flatMap(refsIn)];
}

/**
 * Topic pages are read and cited by students: every paragraph cites at least one source,
 * every <Ref n> names a source in the list, and every listed source is cited somewhere.
 */
function topicCitations(e: CheckedEntry, text: string): Problem[] {
  let tree: MdNode;
  try {
    tree = mdxToMdast(text) as MdNode;
  } catch {
    return []; // the body check reports the syntax error
  }
  const count = Array.isArray(e.data.sources) ? e.data.sources.length : 0;
  const problems: Problem[] = [];
  const cited = new Set<number>();
  const walk = (node: MdNode) => {
    if (node.type === 'paragraph') {
      const refs = refsIn(node);
      if (refs.length === 0) {
        problems.push({
          file: e.file,
          line: node.position?.start.line,
          field: 'body',
          zh: '这一段没有注明出处',
          en: 'this paragraph cites no source',
          fixZh: '在段末加 <Ref n="序号" />，序号是“来源”列表中支持这段话的来源',
          fixEn: 'add <Ref n="…" /> at the end, the number of the source in `sources` that supports the paragraph',
        });
      }
      for (const n of refs) {
        if (n >= 1 && n <= count) cited.add(n);
        else
          problems.push({
            file: e.file,
            line: node.position?.start.line,
            field: 'body',
            zh: `<Ref n="${n}" /> 指向不存在的来源：本页只有 ${count} 个来源`,
            en: `<Ref n="${n}" /> names a source that does not exist: the page lists ${count}`,
            fixZh: '改正序号，或在 sources 中补上这个来源',
            fixEn: 'correct the number, or add the source to `sources`',
          });
      }
      return;
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  for (let n = 1; n <= count; n++) {
    if (!cited.has(n))
      problems.push(
        problem(e, ['sources', n - 1], {
          zh: `来源 ${n} 在正文中没有被引用`,
          en: `source ${n} is not cited in the text`,
          fixZh: `在用到它的段落加 <Ref n="${n}" />，或删去这个来源`,
          fixEn: `add <Ref n="${n}" /> to the paragraph that uses it, or remove the source`,
        }),
      );
  }
  return problems;
}
