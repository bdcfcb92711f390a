import { z } from 'astro/zod';
import { measureNumber, rejectedEnglish, sources } from './common.ts';

/** One explanation in both site languages. */
const explanation = z.strictObject({
  /**
   * Plain-language explanation in Chinese, 1 to 3 sentences, full-width punctuation.
   * @label 中文解释
   * @zh 用通俗的中文解释，一到三句，使用全角标点。
   */
  zh: z.string().min(1),
  /**
   * Plain-language explanation in English, 1 to 3 sentences, for an older reader or a foreign student.
   * @label 英文解释
   * @zh 用通俗的英文解释，一到三句，写给年长读者或外国学生。
   */
  en: z.string().min(1),
});

/**
 * A term of the plan that readers and translators stumble on (两不愁三保障, 占补平衡, …).
 * content/glossary.yaml holds one list item per term, in the order the terms first appear in
 * the measures. Every explanation rests on a cited public source; a term no source explains
 * is left out rather than explained from memory.
 * @zh 方案中读者和译者容易卡住的术语（两不愁三保障、占补平衡……）。content/glossary.yaml 中每个术语一项，按术语在措施中首次出现的顺序排列。每条解释都依据可引用的公开来源；没有来源解释的术语宁可不收，也不凭记忆解释。
 */
export const glossarySchema = z.strictObject({
  /**
   * Stable ASCII id used in anchors and links, e.g. liang-bu-chou-san-bao-zhang.
   * @label 编号
   * @zh 锚点和链接使用的固定英文编号，例如 liang-bu-chou-san-bao-zhang。
   */
  id: z
    .string()
    .regex(
      /^[a-z0-9]+(-[a-z0-9]+)*$/,
      '请用小写英文字母和连字符 / use lowercase ASCII words joined by hyphens',
    ),
  /**
   * The term exactly as the plan writes it, e.g. 两不愁三保障 or “三红”人员.
   * @label 术语
   * @zh 与方案原文写法完全一致，例如两不愁三保障或“三红”人员。
   */
  term: z.string().min(1),
  /**
   * The fixed English rendering used on every English page.
   * @label 英文译名
   * @zh 所有英文页面使用的固定英文译法。
   */
  termEn: z.string().min(1),
  /**
   * Renderings English pages must not use instead of termEn, e.g. Four Confidences; the check reports them.
   * @label 不用的英文译名
   * @zh 英文页面不应使用的其他英文译法；检查程序会报出并给出固定译名。
   */
  variantsEn: rejectedEnglish,
  /**
   * What the term means, in both languages.
   * @label 解释
   * @zh 术语的中英文解释。
   */
  explanation,
  /**
   * Numbers of the measures whose text (title or body) contains the term, in ascending order.
   * @label 出现于措施
   * @zh 标题或正文含有该术语的措施编号，每条只写一次，从小到大排列。
   */
  measures: z
    .array(measureNumber)
    .default([])
    .refine(
      (list) => list.every((n, i) => i === 0 || list[i - 1]! < n),
      '每条措施只写一次，按从小到大排列 / list each measure once, in ascending order',
    ),
  /**
   * Where the explanation comes from: at least one public source.
   * @label 来源
   * @zh 解释的出处：至少一个公开来源。
   */
  sources,
});

export type GlossaryData = z.infer<typeof glossarySchema>;
