import { describe, expect, it } from 'vitest';
import { run, valid } from '../helpers/content-fixture.ts';

/** The fixture tree with one fixed name and an English twin of a-site whose body is `body`. */
const NAMES = `- zh: 豫西抗日先遣支队
  en: Western Henan Anti-Japanese Advance Column
  variants:
    - Vanguard Column
- zh: 河南（豫西）抗日根据地纪念馆
  en: Henan (Western Henan) Anti-Japanese Base Area Memorial Museum
  variants:
    - Anti-Japanese Base Memorial
`;
const source =
  'sources:\n  - title: Zhengzhou Daily report\n    url: https://zzrb.zynews.cn/html/2021-10/14/Vanguard-Column.htm\n    accessed: 2026-11-29\nlastVerified: 2026-11-29\n';
const englishSite = (body: string, description = 'Former site A.') =>
  `---\ntitle: Former site A\ndescription: ${description}\nplace: xinzheng\naddress: Xindian town, Xinzheng\nkind: former-site\nperiod: War of Resistance against Japanese Aggression\n${source}---\n\n${body}\n`;

const withEnglish = (body: string, description?: string, extra: Record<string, string> = {}) => {
  const files = valid();
  files.set('content/names.yaml', NAMES);
  files.set('content/sites/en/a-site.mdx', englishSite(body, description));
  for (const [path, text] of Object.entries(extra)) files.set(path, text);
  return run(files);
};

describe('fixed English names on English pages', () => {
  it('fails on a rejected variant, naming the file, the line and the name to use', () => {
    expect(withEnglish('First paragraph.\n\nPi Dingjun led the Vanguard Column into western Henan.')).toEqual([
      'content/sites/en/a-site.mdx:17  body  “Vanguard Column”不是固定译名 / "Vanguard Column" is not the fixed English name' +
        '  → 改写为“Western Henan Anti-Japanese Advance Column”（豫西抗日先遣支队，见 content/names.yaml）' +
        ' / write "Western Henan Anti-Japanese Advance Column" (豫西抗日先遣支队, see content/names.yaml)',
    ]);
  });

  it('passes with the fixed name, its short form, a link target or a web address that contains the variant', () => {
    expect(
      withEnglish(
        'The Western Henan Anti-Japanese Advance Column (the Advance Column) crossed the Yellow River. See [the column](/en/sites/vanguard-column/).',
      ).filter((p) => p.includes('固定译名')), // the link's missing page is the link check's business
    ).toEqual([]);
  });

  it('does not search a bare domain name, which may spell a variant', () => {
    const names = `- zh: 中原网\n  en: Zhongyuan Net\n  variants:\n    - Zynews\n`;
    const files = valid();
    files.set('content/names.yaml', names);
    files.set('content/sites/en/a-site.mdx', englishSite('Zhengzhou Daily, on zynews.cn and www.zynews.cn, reported it.'));
    expect(run(files)).toEqual([]);
    files.set('content/sites/en/a-site.mdx', englishSite('Zynews reported it.'));
    expect(run(files)).toEqual([expect.stringMatching(/“Zynews”不是固定译名.*Zhongyuan Net/)]);
  });

  it('checks frontmatter strings too, ignoring case and the kind of apostrophe, and reports plurals', () => {
    expect(withEnglish('Body.', 'Two vanguard columns met.')).toEqual([
      expect.stringMatching(/^content\/sites\/en\/a-site\.mdx:3 {2}description {2}“vanguard columns”不是固定译名/),
    ]);
  });

  it('does not report a variant that is part of a fixed name', () => {
    expect(withEnglish('The Henan (Western Henan) Anti-Japanese Base Area Memorial Museum is at Sunqiao.')).toEqual([]);
    expect(withEnglish('The Henan Anti-Japanese Base Memorial is at Sunqiao.')).toEqual([
      expect.stringMatching(/“Anti-Japanese Base Memorial”不是固定译名.*Henan \(Western Henan\) Anti-Japanese Base Area Memorial Museum/),
    ]);
  });

  it('reports rejected spellings of a department, a glossary term and a place title', () => {
    const departments = `${valid().get('content/departments.yaml')}- id: wenwu-ju\n  name: 市文物局\n  nameEn: Zhengzhou Municipal Cultural Heritage Bureau\n  variantsEn: [Zhengzhou Municipal Cultural Relics Bureau]\n  kind: government\n`;
    const glossary = `- id: si-ge-zi-xin\n  term: 四个自信\n  termEn: Four Matters of Confidence\n  variantsEn: [Four Confidences]\n  explanation:\n    zh: 道路自信、理论自信、制度自信、文化自信。\n    en: Confidence in the path, theory, system and culture.\n  sources:\n    - title: 四个自信\n      url: https://example.org/\n      accessed: 2026-11-29\n`;
    const place = `---\ntitle: Xinzheng\ndescription: Xinzheng.\nkind: county-level-city\npinyin: Xīnzhèng\nvariantsEn: [Xinzheng City]\n${source}---\nText.\n`;
    const problems = withEnglish(
      'The Zhengzhou Municipal Cultural Relics Bureau says so.\n\nThe Four Confidences.\n\nIn Xinzheng City.',
      undefined,
      { 'content/departments.yaml': departments, 'content/glossary.yaml': glossary, 'content/places/en/xinzheng.mdx': place },
    );
    expect(problems).toEqual([
      expect.stringMatching(/a-site\.mdx:15 {2}body {2}“Zhengzhou Municipal Cultural Relics Bureau”.*see content\/departments\.yaml/),
      expect.stringMatching(/a-site\.mdx:17 {2}body {2}“Four Confidences”.*Four Matters of Confidence.*see content\/glossary\.yaml/),
      expect.stringMatching(/a-site\.mdx:19 {2}body {2}“Xinzheng City”.*write "Xinzheng" \(新郑市, see content\/places\/en\/xinzheng\.mdx\)/),
    ]);
  });

  it('leaves Chinese pages alone', () => {
    const files = valid();
    files.set('content/names.yaml', NAMES);
    files.set('content/sites/zh-cn/a-site.mdx', files.get('content/sites/zh-cn/a-site.mdx')!.replace('正文', 'Vanguard Column'));
    expect(run(files)).toEqual([]);
  });
});
