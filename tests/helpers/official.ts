import { readFileSync } from 'node:fs';

/**
 * The official text of 郑政办〔2021〕62号 as published (tests/fixtures/official), with the
 * documented print artifacts repaired: words split across page breaks are joined and the
 * doubled 念 of 理想信念|念 is removed. Nothing else is changed.
 */
const PAGE_BREAK_JOINS: Array<[RegExp, string]> = [
  [/城乡融\s*\n\s*合/, '城乡融合'],
  [/北斗系\s*\n\s*统/, '北斗系统'],
  [/双洎\s*\n\s*河/, '双洎河'],
  [/各领\s*\n\s*域/, '各领域'],
  [/品种培\s*\n\s*优/, '品种培优'],
  [/理想信念\s*\n\s*念/, '理想信念'],
  [/着力壮大特色产业，\s*\n\s*充分发挥/, '着力壮大特色产业，充分发挥'],
];

export function officialText(): string {
  let text = readFileSync('tests/fixtures/official/zhengzheng-ban-2021-62.zh.txt', 'utf8');
  for (const [pattern, joined] of PAGE_BREAK_JOINS) {
    if (!pattern.test(text)) throw new Error(`page-break join ${pattern} not found in the official text`);
    text = text.replace(pattern, joined);
  }
  return text;
}

export interface OfficialMeasure {
  number: number;
  title: string;
  text: string;
  /** The 责任单位 line after the colon. */
  responsible: string;
}

/** The 20 measures: number, title, text and 责任单位 line, from the repaired official text. */
export function officialMeasures(): OfficialMeasure[] {
  const paragraphs = officialText()
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const measures: OfficialMeasure[] = [];
  paragraphs.forEach((p, i) => {
    const m = /^(\d+)\.\s*([^。]+)。([\s\S]*)$/.exec(p);
    if (!m) return;
    const next = paragraphs[i + 1] ?? '';
    measures.push({
      number: Number(m[1]),
      title: m[2]!,
      text: m[3]!,
      responsible: next.replace(/^责任单位：/, ''),
    });
  });
  return measures;
}

/** Split a 责任单位 line into names, keeping 相关区县（市）党委、政府 as one compound. */
export function splitResponsible(line: string): string[] {
  return line
    .replace('党委、政府', '党委\u0000政府')
    .split(/[、，]/)
    .map((s) => s.replace('\u0000', '、').trim())
    .filter(Boolean);
}

/** Compare texts ignoring whitespace (print layout put spaces around digits). */
export const squash = (s: string) => s.replace(/\s+/g, '');

/** The goal clauses of 二、工作目标 for one target year, split at the commas of the official sentence. */
export function officialGoals(year: 2025 | 2035): string[] {
  const text = officialText();
  const part = text.slice(text.indexOf('二、工作目标'), text.indexOf('三、'));
  const sentence = new RegExp(`到\\s*${year}\\s*年，([^。]+)。`).exec(part);
  if (!sentence) throw new Error(`no goals for ${year} in the official text`);
  return sentence[1]!.split('，').map((s) => s.trim());
}
