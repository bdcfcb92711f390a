import { z } from 'astro/zod';
import { rejectedEnglish, source } from './common.ts';

/**
 * A responsible unit named in the plan's 责任单位 lines. content/departments.yaml holds one
 * list item per canonical department; the variants the text uses are listed as aliases.
 */
export const departmentSchema = z.strictObject({
  /** Stable ASCII id used in URLs: /policy/departments/<id>/, e.g. fazhan-gaige-wei. */
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, '请用小写英文字母和连字符，例如 caizheng-ju / use lowercase ASCII words joined by hyphens'),
  /** Canonical Chinese name, as the plan writes it most often (e.g. 市退役军人事务局). */
  name: z.string().min(1),
  /** English name used on every English page (the glossary's fixed translation). */
  nameEn: z.string().min(1),
  /** English names English pages must not use instead of nameEn, e.g. Zhengzhou Municipal Cultural Relics Bureau. */
  variantsEn: rejectedEnglish,
  /** Full official Chinese name, only when a cited source gives it. */
  fullName: z.string().min(1).optional(),
  /** Other ways the plan writes this department (e.g. 市退役军人局, 财政局). */
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * Compound names that stand for this department together with others, e.g. 相关区县（市）党委、政府
   * is listed under both 相关区县（市）党委 and 相关区县（市）政府.
   */
  partOf: z.array(z.string().min(1)).default([]),
  /** party: a Party committee body; government: a government department; group: a group of bodies. */
  kind: z.enum(['party', 'government', 'group']),
  /**
   * How the public can reach the body, only as a cited source states it: its official
   * website, or another public channel (a hotline, a public account). Nothing guessed.
   */
  contact: z
    .strictObject({
      /** The body's official website, as the source gives it. */
      website: z.url().optional(),
      /** Another public channel in the source's words, e.g. 政务服务热线 12345 or a public account's name. */
      channel: z.string().min(1).optional(),
      /** Where this is stated (a page on the body's own website, or its 政府信息公开指南). */
      source,
    })
    .optional(),
});

export type DepartmentData = z.infer<typeof departmentSchema>;
