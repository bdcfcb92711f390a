/**
 * The components editors may use in MDX and the attributes each takes. The MDX safety
 * rules (src/lib/content/mdx/rules.ts) allow exactly these, and content/README.md lists them.
 * Keep the names in step with index.ts (tests/unit/content/mdx-rules.test.ts compares them).
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
  /** Attributes whose value must have a given form, with what to write instead. */
  patterns?: Record<string, { re: RegExp; zh: string; en: string }>;
}

export const EDITOR_COMPONENTS: Record<string, EditorComponent> = {
  Figure: {
    required: ['src', 'alt', 'credit', 'licence'],
    optional: ['caption'],
    zh: '图片：文件放在 content/images/ 下；必须写替代文字 alt（图上有什么）、来源 credit 和许可 licence',
    en: 'a picture stored under content/images/; alt text (what it shows), credit and licence are required',
    example: '<Figure src="sites/erqi-tower.jpg" alt="二七纪念塔正面" credit="张三摄" licence="CC BY 4.0" caption="二七纪念塔" />',
    patterns: {
      src: {
        re: /^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*\.(jpe?g|png|webp|avif)$/,
        zh: 'src 写 content/images/ 下的路径，只用小写英文字母、数字、连字符和 /，例如 sites/erqi-tower.jpg',
        en: 'src is the path under content/images/ in lowercase ASCII, digits, hyphens and /, e.g. sites/erqi-tower.jpg',
      },
    },
  },
  Ref: {
    required: ['n'],
    optional: [],
    zh: '注明出处：n 是本页“来源”列表中的序号（专题页每段至少一个）',
    en: 'cites a source: n is its number in the page’s list of sources (at least one in every paragraph of a topic page)',
    example: '<Ref n="2" />',
    patterns: {
      n: { re: /^[1-9]\d*$/, zh: 'n 写来源的序号，例如 2', en: 'n is the number of a source, e.g. 2' },
    },
  },
  ReportChannel: {
    required: ['topic'],
    optional: [],
    zh: '告诉读者怎样报告错误（correction）或使用障碍（barrier）：按本站实际设置的渠道显示',
    en: 'tells readers how to report a mistake (correction) or a barrier (barrier), as this build of the site offers it',
    example: '<ReportChannel topic="correction" />',
    patterns: {
      topic: { re: /^(correction|barrier)$/, zh: 'topic 写 correction 或 barrier', en: 'topic is correction or barrier' },
    },
  },
  Pinyin: {
    required: ['zh', 'py'],
    optional: [],
    zh: '汉字上方标注拼音（生僻地名、河名首次出现时使用）',
    en: 'shows the pinyin above a Chinese name (first mention of a rare place or river name)',
    example: '<Pinyin zh="荥阳" py="Xíngyáng" />',
  },
};
