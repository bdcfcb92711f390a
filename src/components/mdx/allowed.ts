/**
 * The components editors may use in MDX and the attributes each takes. The MDX safety
 * rules (src/lib/mdx-safety.ts) allow exactly these, and content/README.md lists them.
 * Keep the names in step with index.ts (tests/unit/mdx-safety.test.ts compares them).
 * Plain data: no .astro import, so the content check can read it outside Astro.
 */
export interface EditorComponent {
  /** Attributes that must be given, as quoted strings. */
  required: string[];
  /** Attributes that may be given. */
  optional: string[];
  /** What the component is for, Chinese then English. */
  zh: string;
  en: string;
  /** One line an editor can copy. */
  example: string;
}

export const EDITOR_COMPONENTS: Record<string, EditorComponent> = {
  Pinyin: {
    required: ['zh', 'py'],
    optional: [],
    zh: '汉字上方标注拼音（生僻地名、河名首次出现时使用）',
    en: 'shows the pinyin above a Chinese name (first mention of a rare place or river name)',
    example: '<Pinyin zh="荥阳" py="Xíngyáng" />',
  },
};
