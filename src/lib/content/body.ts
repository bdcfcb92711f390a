import { mdxToMdast } from 'satteri';
import { findUnsafeMdx, type MdNode, type SafetyIssue } from './mdx/rules.ts';
import type { Problem } from './problems.ts';

/**
 * The body half of the content check: parse an MDX file with the same parser the build
 * uses (Sätteri) and apply the safe-MDX rules. A syntax error is a problem too, with its
 * line, so an editor sees it with all the others instead of as a failed build.
 */
export function checkBody(file: string, text: string, images?: ReadonlySet<string>): Problem[] {
  let tree: MdNode;
  try {
    tree = mdxToMdast(text) as MdNode;
  } catch (error) {
    return [syntaxProblem(file, (error as Error).message)];
  }
  const problems = findUnsafeMdx(tree).map((issue) => issueToProblem(file, issue));
  if (images) problems.push(...missingImages(file, tree, images));
  return problems;
}

/** <Figure src="…"> naming a file that is not in content/images/ (`images` holds those paths). */
function missingImages(file: string, tree: MdNode, images: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const walk = (node: MdNode) => {
    const src = node.name === 'Figure' ? node.attributes?.find((a) => a.name === 'src')?.value : undefined;
    if (typeof src === 'string' && src && !images.has(`content/images/${src}`)) {
      problems.push({
        file,
        line: node.position?.start.line,
        field: 'body',
        zh: `找不到图片 content/images/${src}`,
        en: `image content/images/${src} not found`,
        fixZh: '把图片文件放进 content/images/，或改正 src（区分大小写）',
        fixEn: 'put the image file into content/images/, or correct src (case matters)',
      });
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return problems;
}

export function issueToProblem(file: string, issue: SafetyIssue): Problem {
  const { line, column: _column, ...message } = issue;
  return { file, line, field: 'body', ...message };
}

/** Parser messages read "19:1: Unexpected character `!` … (mdx-jsx:unexpected-character)". */
function syntaxProblem(file: string, message: string): Problem {
  const m = /^(\d+):(\d+):\s*([\s\S]*?)(?:\s*\([\w:-]+\))?$/.exec(message.trim());
  const detail = m ? m[3]! : message;
  return {
    file,
    line: m ? Number(m[1]) : undefined,
    field: 'body',
    zh: `MDX 语法错误：${detail}`,
    en: `MDX syntax error: ${detail}`,
    fixZh: '正文里的 < 和 { 有特殊含义：要显示它们请写成 \\< 和 \\{；HTML 注释 <!-- --> 请改成 {/* 注释 */}',
    fixEn: 'in the body < and { are special: write \\< and \\{ to show them; write <!-- --> comments as {/* note */}',
  };
}
