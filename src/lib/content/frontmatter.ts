import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';

/**
 * Read an MDX file's YAML frontmatter and remember where each field is, so that an error
 * can name the line an editor has to fix.
 */
export interface Frontmatter {
  data: unknown;
  /** 1-based line in the file of the field at `path`, or of its nearest parent. */
  lineOf(path: ReadonlyArray<PropertyKey>): number;
  /** YAML syntax errors with their lines. */
  errors: Array<{ line: number; message: string }>;
}

export function readFrontmatter(source: string): Frontmatter | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return undefined;
  const counter = new LineCounter();
  const doc = parseDocument(match[1]!, { lineCounter: counter });
  const lineAt = (offset: number) => counter.linePos(offset).line + 1; // +1 for the opening ---
  const errors = doc.errors.map((e) => ({ line: lineAt(e.pos[0]), message: e.message }));
  return {
    data: doc.toJS(),
    errors,
    lineOf(path) {
      let node: Node | null | undefined = doc.contents as Node;
      let line = 1;
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find((p) => (p.key as { value?: unknown })?.value === key);
          if (!pair) break;
          const keyNode = pair.key as Node;
          if (keyNode.range) line = lineAt(keyNode.range[0]);
          node = pair.value as Node;
        } else if (isSeq(node) && typeof key === 'number') {
          node = node.items[key] as Node;
          if (node?.range) line = lineAt(node.range[0]);
        } else break;
      }
      return line;
    },
  };
}
