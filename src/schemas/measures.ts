import { z } from 'astro/zod';
import { entryBase, measureNumber } from './common.ts';

/**
 * One of the plan's 20 measures. The Chinese body is the official text verbatim (without
 * the leading number and title, which come from the fields); the English body is an
 * unofficial translation. File name: content/measures/<locale>/<number>.mdx.
 */
export const measureSchema = z.strictObject({
  /** The measure's number in the plan, 1 to 20. */
  number: measureNumber,
  /** The chapter it belongs to: 3 (三) to 6 (六); chapters 1 and 2 are guiding thought and goals. */
  chapter: z
    .number()
    .int()
    .min(3, '措施位于第三至第六部分 / the measures sit in chapters 3 to 6')
    .max(6, '措施位于第三至第六部分 / the measures sit in chapters 3 to 6'),
  ...entryBase,
  /**
   * The responsible units in the order of the 责任单位 line, written as in the official text
   * (e.g. 市退役军人局). Each must be a name or alias in content/departments.yaml; a compound
   * such as 相关区县（市）党委、政府 may stand for two departments.
   */
  departments: z.array(z.string().min(1)).min(1, '每条措施至少有一个责任单位 / every measure names at least one responsible unit'),
  /** Editors' remarks shown under the text, e.g. that 配罝 in measure 19 means 配置. Never changes the text. */
  editorNotes: z.array(z.string().min(1)).default([]),
});

export type MeasureData = z.infer<typeof measureSchema>;
