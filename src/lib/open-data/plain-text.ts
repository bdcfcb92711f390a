/**
 * The text of an MDX body as plain paragraphs, for the data exports: Markdown emphasis,
 * links and inline components are removed, paragraphs are separated by one blank line.
 * The measures' bodies are plain text already (the official text verbatim); this only
 * guards against formatting an editor may add (e.g. *italic* titles in the English).
 */
export function plainText(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?---\s*/, '')
    .replace(/<[^>]+>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_)(\S(?:[\s\S]*?\S)?)\1/g, '$2')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
