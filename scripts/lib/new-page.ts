import { YAML_COLLECTIONS } from './field-tables.ts';

/**
 * What `npm run new -- <collection> <slug>` should do, decided without touching the disk:
 * the file to create and its text, or why not (in Chinese and English). scripts/new.ts
 * does the reading and writing.
 */
export type NewPagePlan =
  { ok: true; path: string; text: string; note?: string } | { ok: false; zh: string; en: string };

export interface NewPageWorld {
  /** MDX collections, e.g. ['policy', 'measures', 'sites', …]. */
  collections: string[];
  /** Slugs already present in content/<collection>/<locale>/. */
  slugsIn(collection: string, locale: string): string[];
  /** The page template of a collection (page-template.ts). */
  template(collection: string): string;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const fail = (zh: string, en: string): NewPagePlan => ({ ok: false, zh, en });

export function planNewPage(args: string[], world: NewPageWorld): NewPagePlan {
  const list = world.collections.join(', ');
  const [collection, slug, ...rest] = args;
  if (!collection || !slug || rest.length) {
    return fail(
      `用法：npm run new -- <类型> <slug>，类型可选：${list}`,
      `usage: npm run new -- <collection> <slug>; collections: ${list}`,
    );
  }
  if (YAML_COLLECTIONS.has(collection)) {
    return fail(
      `${collection} 不是一页一个文件：请直接在 content/${collection}.yaml 末尾照已有的格式添加一项`,
      `${collection} has no page files: add an item at the end of content/${collection}.yaml, like the ones already there`,
    );
  }
  if (!world.collections.includes(collection)) {
    return fail(
      `未知的类型“${collection}”；可选：${list}`,
      `unknown collection "${collection}"; use one of: ${list}`,
    );
  }
  if (collection === 'measures' && !/^([1-9]|1\d|20)$/.test(slug)) {
    return fail(
      `措施文件以编号命名：slug 应为 1 至 20，而不是“${slug}”`,
      `measure files are named by number: the slug must be 1 to 20, not "${slug}"`,
    );
  }
  if (!SLUG.test(slug)) {
    return fail(
      `slug“${slug}”不合规：只能用小写英文字母、数字和连字符，例如 erqi-memorial-tower`,
      `slug "${slug}" is not allowed: use lowercase ASCII letters, digits and hyphens, e.g. erqi-memorial-tower`,
    );
  }
  const path = `content/${collection}/zh-cn/${slug}.mdx`;
  const clash = world.slugsIn(collection, 'zh-cn').find((s) => s.toLowerCase() === slug);
  if (clash) {
    return fail(
      `content/${collection}/zh-cn/${clash}.mdx 已存在：请直接修改它，或换一个 slug`,
      `content/${collection}/zh-cn/${clash}.mdx already exists: edit it, or choose another slug`,
    );
  }
  let text = world.template(collection);
  if (collection === 'measures') text = text.replace(/^number:$/m, `number: ${slug}`);
  const note = world.slugsIn(collection, 'en').includes(slug)
    ? `注意：英文版 content/${collection}/en/${slug}.mdx 已存在 / note: the English page content/${collection}/en/${slug}.mdx already exists`
    : undefined;
  return { ok: true, path, text, note };
}
