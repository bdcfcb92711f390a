import { z } from 'astro/zod';
import { entryBase } from './common.ts';

/** A plain page: about, editorial policy, accessibility statement. File: content/pages/<locale>/<slug>.mdx. */
export const pageSchema = z.strictObject({
  ...entryBase,
});

export type PageData = z.infer<typeof pageSchema>;
