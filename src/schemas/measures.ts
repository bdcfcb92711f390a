import { z } from 'astro/zod';
import { entryBase, measureNumber } from './common.ts';

/**
 * One of the plan's 20 measures. The Chinese body is the official text verbatim (without
 * the leading number and title, which come from the fields); the English body is an
 * unofficial translation. File name: content/measures/<locale>/<number>.mdx.
 * @zh 方案的20条措施之一。中文正文照录官方原文（不含开头的编号和标题，它们来自字段）；英文正文是非官方译文。文件名：content/measures/<语言>/<编号>.mdx。
 */
export const measureSchema = z.strictObject({
  /**
   * The measure's number in the plan, 1 to 20.
   * @label 编号
   * @zh 措施在方案中的编号，1至20。
   * @neutral
   */
  number: measureNumber,
  /**
   * The chapter it belongs to: 3 (三) to 6 (六); chapters 1 and 2 are guiding thought and goals.
   * @label 所属部分
   * @zh 措施所在的部分：3（三）至6（六）；第一、二部分是指导思想和工作目标。
   * @neutral
   */
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
   * @label 责任单位
   * @zh 按“责任单位”一行的顺序，照官方原文写（如市退役军人局）。每个都必须是 content/departments.yaml 中的名称或其他写法；“相关区县（市）党委、政府”这样的合称可代表两个部门。
   * @neutral
   */
  departments: z
    .array(z.string().min(1))
    .min(1, '每条措施至少有一个责任单位 / every measure names at least one responsible unit'),
  /**
   * Editors' remarks shown under the text, e.g. that 配罝 in measure 19 means 配置. Never changes
   * the text. A note may link a page of this site as [words](/sites/…/) (English pages: /en/…).
   * @label 编者注
   * @zh 显示在原文下方的编者说明，例如第19条的“配罝”应为“配置”。不改动原文。可以用 [文字](/sites/…/) 链接本站页面。
   */
  editorNotes: z.array(z.string().min(1)).default([]),
});

export type MeasureData = z.infer<typeof measureSchema>;
