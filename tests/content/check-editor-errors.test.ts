import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { githubAnnotation, reportProblems } from '../../src/lib/content/problems.ts';
import { replaceIn, run, valid, withFile } from '../helpers/content-fixture.ts';

/**
 * The mistakes editors make most, each with a fixture and the one line they see. (Unknown
 * site in a route, unknown department, measure number outside 1..20, a day that does not
 * exist, no sources and a department name used twice are in check.test.ts; the MDX body
 * rules in tests/unit/content/mdx-rules.test.ts.)
 */
const SITE = 'content/sites/zh-cn/a-site.mdx';
const withCoordinates = (lngLat: string) =>
  replaceIn(SITE, 'period:', `coordinates:\n  lngLat: ${lngLat}\n  datum: WGS-84\n  precision: village\nperiod:`);

describe('content check: errors editors can act on', () => {
  it('accepts coordinates in Zhengzhou', () => {
    expect(withCoordinates('[113.66, 34.75]')).toEqual([]);
  });

  it('reports coordinates outside China with the field and line', () => {
    expect(withCoordinates('[13.66, 34.75]')).toEqual([
      expect.stringMatching(
        /^content\/sites\/zh-cn\/a-site\.mdx:8 {2}coordinates\.lngLat {2}坐标 \[13\.66, 34\.75\] 不在中国境内.* outside China/,
      ),
    ]);
  });

  it('reports [lat, lng] written the wrong way round, with the corrected order', () => {
    expect(withCoordinates('[34.75, 113.66]')).toEqual([
      expect.stringMatching(
        /a-site\.mdx:8 {2}coordinates\.lngLat {2}.*写反了.*→ 改成 \[113\.66, 34\.75\]：经度在前.* write \[113\.66, 34\.75\]/,
      ),
    ]);
  });

  it('reports a date not written YYYY-MM-DD', () => {
    expect(replaceIn(SITE, 'lastVerified: 2026-11-29', 'lastVerified: 2026/11/29')).toEqual([
      expect.stringMatching(/a-site\.mdx:\d+ {2}lastVerified {2}日期请写成 YYYY-MM-DD/),
    ]);
  });

  it('reports a page whose sources field is missing', () => {
    expect(replaceIn(SITE, /sources:[\s\S]*?accessed: 2026-11-29\n/, '')).toEqual([
      expect.stringMatching(/a-site\.mdx:1 {2}sources {2}缺少必填字段 \/ required field is missing {2}→ 添加 sources/),
    ]);
  });

  it('reports a source with neither url nor publication', () => {
    expect(replaceIn(SITE, / {4}url: .*\n/, '')).toEqual([expect.stringMatching(/sources\.0\.url {2}来源需要网址（url）/)]);
  });

  it('reports an address with an unfilled template in it, such as {{href}}', () => {
    expect(replaceIn(SITE, / {4}url: (.*)\n/, '    url: https://freewechat.com/a/MzA5NTc5MDE1MQ==/2651769794/{{href}}\n')).toEqual([
      expect.stringMatching(/a-site\.mdx:\d+ {2}sources\.0\.url {2}网址里有 \{ 或 \}.*\{\{href\}\}/),
    ]);
  });

  it('reports two files whose slugs differ only in case', () => {
    const problems = withFile('content/sites/zh-cn/A-Site.mdx', valid().get(SITE)!);
    expect(problems).toContainEqual(
      expect.stringMatching(/^content\/sites\/zh-cn\/A-Site\.mdx {2}- {2}与 content\/sites\/zh-cn\/a-site\.mdx 的文件名只有大小写不同/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^content\/sites\/zh-cn\/a-site\.mdx {2}- {2}与 .*A-Site\.mdx 的文件名只有大小写不同/),
    );
  });

  it('reports two measure files with the same number in one language', () => {
    const problems = withFile('content/measures/zh-cn/012.mdx', valid().get('content/measures/zh-cn/12.mdx')!);
    expect(problems).toContainEqual(
      expect.stringMatching(/012\.mdx:4 {2}number {2}措施编号 12 已由 content\/measures\/zh-cn\/12\.mdx 使用/),
    );
  });

  it('allows the same measure number once in each language', () => {
    expect(withFile('content/measures/en/12.mdx', valid().get('content/measures/zh-cn/12.mdx')!)).toEqual([]);
  });

  it('reports a department id used twice', () => {
    const files = valid();
    const yaml = '- id: caizheng-ju\n  name: 市审计局\n  nameEn: Audit Bureau\n  kind: government\n';
    files.set('content/departments.yaml', files.get('content/departments.yaml')! + yaml);
    expect(run(files)).toEqual([expect.stringMatching(/departments\.yaml {2}3 {2}“caizheng-ju”重复/)]);
  });

  it('reports a picture without alt text, and one whose file is missing', () => {
    const files = valid();
    files.set('content/images/sites/a.jpg', '');
    const figure = (attrs: string) => `\n<Figure src="sites/a.jpg" ${attrs} />\n`;
    files.set(SITE, valid().get(SITE)! + figure('alt="旧址甲大门" credit="编辑部摄" licence="CC BY 4.0"'));
    expect(run(files)).toEqual([]);
    files.set(SITE, valid().get(SITE)! + figure('credit="编辑部摄" licence="CC BY 4.0"'));
    expect(run(files)).toEqual([
      expect.stringMatching(/a-site\.mdx:\d+ {2}body {2}<Figure> 缺少属性 alt，或其值为空 \/ <Figure> is missing the attribute alt/),
    ]);
    files.delete('content/images/sites/a.jpg');
    expect(run(files)).toContainEqual(expect.stringMatching(/a-site\.mdx:\d+ {2}body {2}找不到图片 content\/images\/sites\/a\.jpg/));
  });

  it('reports unsafe MDX in the body together with frontmatter problems', () => {
    const text = valid().get(SITE)!.replace('address: 新郑市辛店镇\n', '') + '\n<script>alert(1)</script>\n';
    expect(withFile(SITE, text)).toEqual([
      expect.stringMatching(/a-site\.mdx:\d+ {2}body {2}不允许使用 <script>/),
      expect.stringMatching(/a-site\.mdx:\d+ {2}address {2}缺少必填字段/),
    ]);
  });
});

describe('content check on GitHub Actions', () => {
  const problem = {
    file: 'content/sites/zh-cn/a-site.mdx',
    line: 4,
    field: 'place',
    zh: '找不到地点“nowhere”',
    en: 'unknown place "nowhere", 100%',
    fixZh: '改用已有的 slug',
    fixEn: 'use an existing slug:\nsee content/places/',
  };
  it('prints each problem as a workflow command on the file and line', () => {
    expect(githubAnnotation(problem)).toBe(
      '::error file=content/sites/zh-cn/a-site.mdx,line=4,title=place::找不到地点“nowhere” / unknown place "nowhere", 100%25 → 改用已有的 slug / use an existing slug:%0Asee content/places/',
    );
  });
  it('escapes commas and colons in properties', () => {
    expect(githubAnnotation({ ...problem, line: undefined, field: 'a,b:c' })).toMatch(/^::error file=content\/sites\/zh-cn\/a-site\.mdx,title=a%2Cb%3Ac::/);
  });
  it('adds the workflow commands only when GITHUB_ACTIONS is set', () => {
    const files = valid();
    files.set(SITE, files.get(SITE)!.replace('place: xinzheng', 'place: nowhere'));
    const problems = checkContent(files);
    expect(reportProblems(problems, {})).not.toContain('::error');
    expect(reportProblems(problems, { GITHUB_ACTIONS: 'true' })).toMatch(/^::error file=content\/sites\/zh-cn\/a-site\.mdx,line=4,title=place::/m);
  });
});
