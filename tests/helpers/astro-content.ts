/**
 * A stand-in for Astro's `astro:content` module in unit tests (vitest.config.ts aliases the
 * module here): tests put the entries of each collection in with `setCollections`, and the
 * data layer (src/lib/data/) reads them through getCollection as it would in a build. Call
 * vi.resetModules() before importing a data module again: it caches per build.
 */
interface StubEntry {
  id: string;
  filePath?: string;
  data: Record<string, unknown>;
  body?: string;
}

/** Kept on globalThis: vi.resetModules() gives the data module a fresh copy of this file, which must see the same entries. */
const shared = globalThis as unknown as { __astroContentStub?: Record<string, StubEntry[]> };

export function setCollections(collections: Record<string, StubEntry[]>): void {
  shared.__astroContentStub = collections;
}

/** An MDX entry of `collection` in `locale` with `data`, as the glob loader makes it. */
export function mdxEntry(
  collection: string,
  locale: string,
  slug: string,
  data: Record<string, unknown>,
  body = '',
): StubEntry {
  return { id: `${locale}/${slug}`, filePath: `content/${collection}/${locale}/${slug}.mdx`, data, body };
}

export async function getCollection(name: string): Promise<StubEntry[]> {
  return shared.__astroContentStub?.[name] ?? [];
}

export async function render(): Promise<{ Content: () => null; headings: [] }> {
  return { Content: () => null, headings: [] };
}
