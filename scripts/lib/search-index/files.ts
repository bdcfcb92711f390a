import { decode, Tokenizer } from 'cborg';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * Reads a Pagefind output folder: which files its index refers to, and what each of them
 * must say. Pagefind names its data files by a short hash of their content and does not
 * rewrite a file whose name already exists, so a folder kept between builds
 * (scripts/lib/search-index/cache.ts) only gets the files that changed; this tells which files
 * are live and lets the cache check that a reused file is the one the index means.
 *
 * The layout is Pagefind 1.6.0's (pinned exactly in package.json): pagefind-entry.json names
 * each language's pagefind.<hash>.pf_meta; a pf_meta is gzip of "pagefind_dcd" + CBOR
 * [version, pages: [hash, word count, …][], index chunks: [from, to, hash][],
 * filters: [name, hash][], …]. A fragment is JSON with the page's url; an index chunk is
 * CBOR of its words in order; a filter index is CBOR [name, values].
 */
export type IndexFileKind = 'fragment' | 'chunk' | 'filter';

export interface IndexFile {
  /** Path inside the output folder, e.g. fragment/en_593cab4.pf_fragment. */
  path: string;
  kind: IndexFileKind;
  /** What the file must say: nothing to compare for a fragment (its url is checked against
   * the built pages), an index chunk's first word must start with this, a filter's name. */
  expect: string;
}

export interface IndexListing {
  version: string;
  /** Pages in the index, all languages. */
  pages: number;
  /** Data files, one per path. */
  files: IndexFile[];
  /** Files that are not content-hashed: the entry, the JavaScript, the WebAssembly, the pf_meta files. */
  fixed: string[];
}

/** Pagefind's marker at the start of every compressed file's content. */
const SIGNATURE = 'pagefind_dcd';

/** The content of one of Pagefind's compressed files (fragment, index, filter, meta). */
export function readPagefindFile(file: string): Buffer {
  const data = gunzipSync(readFileSync(file));
  if (data.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE)
    throw new Error(`${file}: not a Pagefind data file`);
  return data.subarray(SIGNATURE.length);
}

interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

type Meta = [
  string,
  [string, number, ...unknown[]][],
  [string, string, string][],
  [string, string][],
  ...unknown[],
];

/** Every file the index in `dir` refers to. Throws, naming the file, if the folder does not hold a whole index. */
export function listIndexFiles(dir: string): IndexListing {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as Entry;
  const files = new Map<string, IndexFile>();
  const add = (path: string, kind: IndexFileKind, expect: string) => files.set(path, { path, kind, expect });
  const metas: string[] = [];
  const wasm = new Set(['wasm.unknown.pagefind']);
  for (const [language, { hash, wasm: lang, page_count }] of Object.entries(entry.languages)) {
    const metaPath = `pagefind.${hash}.pf_meta`;
    metas.push(metaPath);
    if (lang) wasm.add(`wasm.${lang}.pagefind`);
    const [version, pages, chunks, filters] = decode(readPagefindFile(join(dir, metaPath))) as Meta;
    if (version !== entry.version || pages.length !== page_count)
      throw new Error(
        `${metaPath}: does not match pagefind-entry.json (version ${version}, ${pages.length} of ${page_count} pages for ${language})`,
      );
    for (const [page] of pages) add(`fragment/${page}.pf_fragment`, 'fragment', '');
    for (const [from, , chunk] of chunks) add(`index/${chunk}.pf_index`, 'chunk', from);
    for (const [name, filter] of filters) add(`filter/${filter}.pf_filter`, 'filter', name);
  }
  // The other files at the top are Pagefind's scripts and styles, rewritten on every run.
  const scripts = readdirSync(dir, { withFileTypes: true })
    .filter(
      (f) => f.isFile() && !f.name.endsWith('.pf_meta') && (!/^wasm\./.test(f.name) || wasm.has(f.name)),
    )
    .map((f) => f.name);
  const fixed = [...scripts, ...metas];
  for (const path of [...fixed, ...files.keys()])
    if (!existsSync(join(dir, path))) throw new Error(`${join(dir, path)}: missing from the search index`);
  return {
    version: entry.version,
    pages: Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0),
    files: [...files.values()],
    fixed,
  };
}

/** What a data file says, to compare with IndexFile.expect: a fragment's url, a chunk's first word, a filter's name. */
export function readKey(dir: string, file: Pick<IndexFile, 'path' | 'kind'>): string {
  const data = readPagefindFile(join(dir, file.path));
  if (file.kind === 'fragment') return (JSON.parse(data.toString('utf8')) as { url: string }).url;
  const tokens = new Tokenizer(data);
  while (!tokens.done()) {
    const token = tokens.next();
    if (token.type.name === 'string') return token.value as string;
  }
  throw new Error(`${join(dir, file.path)}: no word in this index file`);
}

/** Whether a fragment's url is a page of the built site. */
export function isBuiltPage(outDir: string, url: string): boolean {
  const path = join(outDir, decodeURIComponent(url.split(/[?#]/)[0]!));
  return url.endsWith('/')
    ? existsSync(join(path, 'index.html'))
    : existsSync(path) && statSync(path).isFile();
}
