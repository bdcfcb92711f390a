import { describe, expect, it } from 'vitest';
import { run, valid } from '../helpers/content-fixture.ts';

/**
 * Links from content to the site's own pages are checked before the build: a page or
 * #anchor that will not exist is an error with the file, the line, the link and the
 * closest existing page or anchor.
 */
const PAGE = 'content/pages/zh-cn/a-page.mdx';
const withBody = (body: string, path = PAGE) => {
  const files = valid();
  files.set(path, `---\ntitle: 页面甲\ndescription: 页面甲。\n---\n\n## 第一节\n\n${body}\n`);
  return run(files);
};

describe('content check: internal links', () => {
  it('accepts links to pages and anchors that will exist', () => {
    expect(withBody('见[旧址甲](/sites/a-site/)、[来源](/sites/a-site/#source-1)、[第一节](/a-page/#第一节)和[数据](/data/measures.csv)。')).toEqual([]);
  });

  it('fails on a page that will not exist, with the line and the closest page', () => {
    expect(withBody('\n见[旧址](/sites/a-sit/)。')).toEqual([
      expect.stringMatching(/^content\/pages\/zh-cn\/a-page\.mdx:9 {2}body {2}链接 \/sites\/a-sit\/ 指向的页面不存在 .* → 最接近的已有页面是 \/sites\/a-site\//),
    ]);
  });

  it('fails on an address without its trailing slash, pointing at the page with it', () => {
    expect(withBody('见[旧址](/sites/a-site)。')).toEqual([expect.stringMatching(/最接近的已有页面是 \/sites\/a-site\/；本站的地址以 \/ 结尾/)]);
  });

  it('fails on an anchor the page will not have, with the closest one', () => {
    expect(withBody('见[第二节](/a-page/#第二节)。')).toEqual([expect.stringMatching(/锚点 #第二节 在该页面上不存在.*最接近的已有锚点是 #第一节/)]);
    expect(withBody('见[来源](/sites/a-site/#source-2)。')).toEqual([expect.stringMatching(/锚点 #source-2 在该页面上不存在/)]);
  });

  it('fails on a link into the other language', () => {
    expect(withBody('See [it](/en/sites/a-site/).')).toEqual([expect.stringMatching(/链接 \/en\/sites\/a-site\/ 指向另一种语言的页面/)]);
  });

  it('checks English pages against English addresses', () => {
    const files = valid();
    files.set('content/sites/en/a-site.mdx', files.get('content/sites/zh-cn/a-site.mdx')!);
    files.set('content/pages/en/a-page.mdx', '---\ntitle: A page\ndescription: A page.\n---\n\nSee [the site](/en/sites/a-site/) and [nothing](/en/sites/b-site/).\n');
    expect(run(files)).toEqual([expect.stringMatching(/^content\/pages\/en\/a-page\.mdx:6 {2}body {2}链接 \/en\/sites\/b-site\/ 指向的页面不存在.*\/en\/sites\/a-site\//)]);
  });
});
