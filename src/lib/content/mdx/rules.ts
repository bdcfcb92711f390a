import { EDITOR_COMPONENTS } from './components.ts';
import * as say from './messages.ts';
import type { SafetyMessage } from './messages.ts';

/**
 * Safe MDX: MDX is code, so content files may use Markdown and the editors' components
 * only. A pure check over the mdast an MDX parser produces (Sätteri's `mdxToMdast`, or
 * remark-parse + remark-mdx: the node shapes are the same, mdast-util-mdx):
 *  - no `import` / `export` at all: the components are injected, nothing needs importing;
 *  - no `{…}` expressions (they run code); a lone comment `{/* … *\/}` is allowed;
 *  - no HTML elements, no allow-list: Markdown covers headings, lists, links, emphasis and
 *    tables, and each element let through would need its own review of attributes
 *    (<script>, <style>, <iframe>, <object>, <embed> get a message saying why);
 *  - components only from src/lib/content/mdx/components.ts, every attribute a quoted string,
 *    the required ones present and not empty (so a <Figure> always has alt text, credit and
 *    licence), values of the right form, no `on…` event handlers, no `{...spread}`;
 *  - no javascript:, vbscript: or data: URLs, in Markdown links or in attributes.
 * Run by the content check (content/body.ts) and in the build (mdx-safety-plugins.ts).
 */

/** The parts of an mdast node the rules read. */
export interface MdNode {
  type: string;
  position?: { start: { line: number; column: number } } | null;
  children?: MdNode[];
  value?: unknown;
  url?: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
}

export interface SafetyIssue extends SafetyMessage {
  line?: number;
  column?: number;
}

const COMMENT_ONLY = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

/** A URL a browser would run or read as inline data (after dropping the blanks browsers skip). */
export function isUnsafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- browsers ignore control characters in a URL scheme, so must we
  return /^(?:javascript|vbscript|data):/i.test(url.replace(/[\u0000-\u0020\u007f]+/g, ''));
}

/** Every rule broken in `tree`, in document order, with the line of the node. */
export function findUnsafeMdx(tree: MdNode): SafetyIssue[] {
  const issues: SafetyIssue[] = [];
  const walk = (node: MdNode) => {
    const at = node.position?.start;
    for (const m of nodeIssues(node)) issues.push({ line: at?.line, column: at?.column, ...m });
    node.children?.forEach(walk);
  };
  walk(tree);
  return issues;
}

function nodeIssues(node: MdNode): SafetyMessage[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [say.esm()];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return COMMENT_ONLY.test(String(node.value ?? '')) ? [] : [say.expression()];
    case 'html': // raw HTML in plain Markdown (MDX turns tags into JSX elements instead)
      return [say.htmlElement(/^<\/?([A-Za-z][\w-]*)/.exec(String(node.value))?.[1]?.toLowerCase() ?? 'html')];
    case 'link':
    case 'image':
    case 'definition':
      return node.url && isUnsafeUrl(node.url) ? [say.unsafeUrl(node.url)] : [];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementIssues(node.name ?? '', node.attributes ?? []);
    default:
      return [];
  }
}

function elementIssues(name: string, attributes: NonNullable<MdNode['attributes']>): SafetyMessage[] {
  const spec = Object.hasOwn(EDITOR_COMPONENTS, name) ? EDITOR_COMPONENTS[name] : undefined;
  if (!spec) return [/^[a-z][\w-]*$/.test(name) ? say.htmlElement(name) : say.unknownComponent(name || '>…</')];
  const issues: SafetyMessage[] = [];
  /** Attributes written at all; a required one counts as missing only when absent or empty. */
  const given = new Set<string>();
  for (const attr of attributes) {
    const attrName = attr.type === 'mdxJsxAttribute' ? (attr.name ?? '') : '{…}';
    const value = attr.type === 'mdxJsxAttribute' && typeof attr.value === 'string' ? attr.value : undefined;
    if (value === undefined || value.trim()) given.add(attrName);
    if (/^on/i.test(attrName)) issues.push(say.eventAttribute(attrName));
    else if (value === undefined) issues.push(say.notQuoted(name, attrName));
    else if (!spec.required.includes(attrName) && !spec.optional.includes(attrName)) issues.push(say.unknownAttribute(name, attrName));
    else if (isUnsafeUrl(value)) issues.push(say.unsafeUrl(value));
    else if (value && spec.patterns?.[attrName] && !spec.patterns[attrName].re.test(value)) issues.push(say.badValue(name, attrName));
  }
  for (const req of spec.required) if (!given.has(req)) issues.push(say.missingAttribute(name, req));
  return issues;
}
