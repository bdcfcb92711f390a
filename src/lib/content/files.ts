import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Read every content file under <root>/content into a map keyed by its project-relative
 * path. Images are listed with empty text, so the check can tell whether a <Figure> file exists.
 */
export function collectContentFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const base = join(root, 'content');
  if (!existsSync(base)) return files;
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, d.name);
      if (d.isDirectory()) walk(full);
      else if (/\.(mdx|ya?ml)$/.test(d.name)) files.set(relative(root, full).split(sep).join('/'), readFileSync(full, 'utf8'));
      else if (/\.(jpe?g|png|webp|avif)$/.test(d.name)) files.set(relative(root, full).split(sep).join('/'), ''); // listed, not read
    }
  };
  walk(base);
  return files;
}
