import { z } from 'astro/zod';
import { entryBase } from './common.ts';

/**
 * A plain page: about, editorial policy, accessibility statement. File: content/pages/<locale>/<slug>.mdx.
 * @zh 普通页面：关于本站、编辑原则、无障碍说明。文件：content/pages/<语言>/<slug>.mdx。
 */
export const pageSchema = z.strictObject({
  ...entryBase,
});

export type PageData = z.infer<typeof pageSchema>;
