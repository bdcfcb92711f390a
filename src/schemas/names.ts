import { z } from 'astro/zod';
import { rejectedEnglish } from './common.ts';

/**
 * One fixed English name: a historical unit, person, place or title that is not a
 * department (content/departments.yaml), a place page (content/places) or a glossary term
 * (content/glossary.yaml), e.g. 豫西抗日先遣支队 → Western Henan Anti-Japanese Advance Column.
 * content/names.yaml holds one item per name. The content check reports every rejected
 * variant it finds on an English page (src/lib/content/fixed-names.ts).
 */
export const nameSchema = z
  .strictObject({
    /** The Chinese name as sources write it, e.g. 豫西抗日先遣支队; each name once in the list. */
    zh: z.string().min(1),
    /** The one English name used on every English page, e.g. Western Henan Anti-Japanese Advance Column. */
    en: z.string().min(1),
    /** English spellings not to be used for it, e.g. Vanguard Column; the check reports each one found. */
    variants: rejectedEnglish,
    /** A remark for editors: a short form, another Chinese name, how to use it in a sentence. */
    note: z.string().min(1).optional(),
  })
  .refine(
    (n) => !n.variants.some((v) => v.toLowerCase() === n.en.toLowerCase()),
    '被拒绝的写法不能与固定译名相同 / a rejected variant cannot be the fixed name itself',
  );

export type NameData = z.infer<typeof nameSchema>;
