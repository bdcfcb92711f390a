import { createHash } from 'node:crypto';
import { checkBody } from './body.ts';
import { readFrontmatter, type Frontmatter } from './frontmatter.ts';
import type { Problem } from './problems.ts';

/**
 * What the check learns from one MDX file on its own: its parsed frontmatter, YAML errors
 * and body problems. Reading the YAML with line positions is most of the check's time
 * (about 1.3 s for 3000 files), so these facts can be kept between builds in a cache keyed
 * by the file's path and text (FactsCache; the build keeps it in .astro/cache/, see
 * src/integrations/content-check.ts). Everything here is plain JSON.
 */
export interface FileFacts {
  /** false when the file does not start with a --- frontmatter block. */
  hasFrontmatter: boolean;
  data: unknown;
  yamlErrors: Array<{ line: number; message: string }>;
  body: Problem[];
}

/** Facts by key: the previous build's (read) and this build's (written, so unused ones drop out). */
export interface FactsCache {
  previous: Map<string, FileFacts>;
  next: Map<string, FileFacts>;
}

/** Key of one file's facts: its path and text, and the images a <Figure> may use. */
export function factsKey(file: string, text: string, imagesKey: string): string {
  return createHash('sha256').update(file).update('\0').update(imagesKey).update('\0').update(text).digest('base64url');
}

export function readFileFacts(file: string, text: string, images: Set<string>): FileFacts {
  const fm = readFrontmatter(text);
  return {
    hasFrontmatter: fm !== undefined,
    data: fm?.data,
    yamlErrors: fm?.errors ?? [],
    body: checkBody(file, text, images),
  };
}

/** Facts from the cache when the file is unchanged, else read now; recorded for the next build. */
export function fileFacts(file: string, text: string, images: Set<string>, cache?: FactsCache & { imagesKey: string }): FileFacts {
  if (!cache) return readFileFacts(file, text, images);
  const key = factsKey(file, text, cache.imagesKey);
  const facts = cache.previous.get(key) ?? readFileFacts(file, text, images);
  cache.next.set(key, facts);
  return facts;
}

/** Line lookup for a file's fields, parsed only when a problem needs a line. */
export function lazyLineOf(text: string): Frontmatter['lineOf'] {
  let fm: Frontmatter | undefined;
  return (path) => (fm ??= readFrontmatter(text))?.lineOf(path) ?? 1;
}
