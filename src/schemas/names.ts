import { z } from 'astro/zod';
import { rejectedEnglish } from './common.ts';

/**
 * One fixed English name: a historical unit, person, place or title that is not a
 * department (content/departments.yaml), a place page (content/places) or a glossary term
 * (content/glossary.yaml), e.g. 豫西抗日先遣支队 → Western Henan Anti-Japanese Advance Column.
 * content/names.yaml holds one item per name. The content check reports every rejected
 * variant it finds on an English page (src/lib/content/fixed-names.ts).
 * @zh 一个固定英文译名：不属于责任单位、地点页面或术语表的历史单位、人物、地名或称号，例如豫西抗日先遣支队 → Western Henan Anti-Japanese Advance Column。content/names.yaml 中每个名称一项；英文页面用了不采用的写法时，检查程序会报出。
 */
export const nameSchema = z
  .strictObject({
    /**
     * The Chinese name as sources write it, e.g. 豫西抗日先遣支队; each name once in the list.
     * @label 中文名称
     * @zh 来源中的中文写法，例如豫西抗日先遣支队；每个名称只列一次。
     */
    zh: z.string().min(1),
    /**
     * The one English name used on every English page, e.g. Western Henan Anti-Japanese Advance Column.
     * @label 固定英文译名
     * @zh 所有英文页面统一使用的英文名称。
     */
    en: z.string().min(1),
    /**
     * English spellings not to be used for it, e.g. Vanguard Column; the check reports each one found.
     * @label 不用的英文译名
     * @zh 不采用的其他英文写法，例如 Vanguard Column；检查程序会报出每一处。
     */
    variants: rejectedEnglish,
    /**
     * A remark for editors: a short form, another Chinese name, how to use it in a sentence.
     * @label 说明
     * @zh 给编辑的说明：简称、其他中文名称、在句子里怎么用。
     */
    note: z.string().min(1).optional(),
  })
  .refine(
    (n) => !n.variants.some((v) => v.toLowerCase() === n.en.toLowerCase()),
    '被拒绝的写法不能与固定译名相同 / a rejected variant cannot be the fixed name itself',
  );

export type NameData = z.infer<typeof nameSchema>;
