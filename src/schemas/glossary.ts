import { z } from 'astro/zod';
import { measureNumber, rejectedEnglish, sources } from './common.ts';

/** One explanation in both site languages. */
const explanation = z.strictObject({
  /** Plain-language explanation in Chinese, 1 to 3 sentences, full-width punctuation. */
  zh: z.string().min(1),
  /** Plain-language explanation in English, 1 to 3 sentences, for an older reader or a foreign student. */
  en: z.string().min(1),
});

/**
 * A term of the plan that readers and translators stumble on (两不愁三保障, 占补平衡, …).
 * content/glossary.yaml holds one list item per term. Every explanation rests on a cited
 * public source; a term no source explains is left out rather than explained from memory.
 */
export const glossarySchema = z.strictObject({
  /** Stable ASCII id used in anchors and links, e.g. liang-bu-chou-san-bao-zhang. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, '请用小写英文字母和连字符 / use lowercase ASCII words joined by hyphens'),
  /** The term exactly as the plan writes it, e.g. 两不愁三保障 or “三红”人员. */
  term: z.string().min(1),
  /** The fixed English rendering used on every English page. */
  termEn: z.string().min(1),
  /** Renderings English pages must not use instead of termEn, e.g. Four Confidences; the check reports them. */
  variantsEn: rejectedEnglish,
  /** What the term means, in both languages. */
  explanation,
  /** Numbers of the measures whose text (title or body) contains the term, in ascending order. */
  measures: z
    .array(measureNumber)
    .default([])
    .refine(
      (list) => list.every((n, i) => i === 0 || list[i - 1]! < n),
      '每条措施只写一次，按从小到大排列 / list each measure once, in ascending order',
    ),
  /** Where the explanation comes from: at least one public source. */
  sources,
});

export type GlossaryData = z.infer<typeof glossarySchema>;
