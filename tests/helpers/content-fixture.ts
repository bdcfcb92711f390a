import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';

/** A small valid content tree; each test breaks one thing and expects one clear problem. */
const source =
  'sources:\n  - title: 郑州日报报道\n    url: https://zzrb.zynews.cn/html/2021-10/14/content_1268563.htm\n    accessed: 2026-11-29\nlastVerified: 2026-11-29\n';
export const valid = (): Map<string, string> =>
  new Map([
    [
      'content/departments.yaml',
      '- id: caizheng-ju\n  name: 市财政局\n  nameEn: Finance Bureau\n  aliases: [财政局]\n  kind: government\n- id: xianqu-dangwei\n  name: 相关区县（市）党委\n  nameEn: Party committees concerned\n  partOf: [相关区县（市）党委、政府]\n  kind: group\n- id: xianqu-zhengfu\n  name: 相关区县（市）政府\n  nameEn: Governments concerned\n  partOf: [相关区县（市）党委、政府]\n  kind: group\n',
    ],
    [
      'content/places/zh-cn/xinzheng.mdx',
      `---\ntitle: 新郑市\ndescription: 新郑市概况。\nkind: county-level-city\npinyin: Xīnzhèng\n${source}---\n正文\n`,
    ],
    [
      'content/sites/zh-cn/a-site.mdx',
      `---\ntitle: 旧址甲\ndescription: 旧址甲简介。\nplace: xinzheng\naddress: 新郑市辛店镇\nkind: former-site\nperiod: 抗日战争时期\n${source}---\n正文\n`,
    ],
    [
      'content/routes/zh-cn/a-route.mdx',
      `---\ntitle: 线路甲\ndescription: 线路甲简介。\ntheme: 红色旅游\npublisher: 新郑市文化广电旅游体育局\nofficial: true\npublished: 2021-06\nstops:\n  - site: a-site\n  - name: 人和寨\n    place: xinzheng\n${source}---\n正文\n`,
    ],
    [
      'content/measures/zh-cn/12.mdx',
      '---\ntitle: 加强红色文物的保护利用\ndescription: 第12条措施。\nnumber: 12\nchapter: 5\ndepartments:\n  - 财政局\n  - 相关区县（市）党委、政府\n---\n正文\n',
    ],
  ]);

export const run = (files: Map<string, string>) => checkContent(files).map(formatProblem);
export const withFile = (path: string, text: string) => {
  const files = valid();
  files.set(path, text);
  return run(files);
};
export const replaceIn = (path: string, from: string | RegExp, to: string) => {
  const files = valid();
  files.set(path, files.get(path)!.replace(from, to));
  return run(files);
};
