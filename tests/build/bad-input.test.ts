import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../helpers/project-copy.ts';

/**
 * `npm run build` on a copy of the project with one broken content file must fail,
 * naming the file and the field, and write no site.
 */
const copy = projectCopy();
afterAll(() => copy.remove());

function buildWith(file: string, text: string) {
  writeFileSync(join(copy.dir, file), text);
  const run = copy.build();
  rmSync(join(copy.dir, file));
  return run;
}

describe('npm run build with bad input', () => {
  it('fails on a missing required field, naming file and field', () => {
    const { status, output } = buildWith(
      'content/pages/zh-cn/broken.mdx',
      '---\ndescription: 缺少标题的页面\n---\n正文\n',
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/pages/zh-cn/broken.mdx:1  title  缺少必填字段 / required field is missing',
    );
  });

  it('fails on an unknown field, naming file, line and field', () => {
    const { status, output } = buildWith(
      'content/pages/en/broken.mdx',
      '---\ntitle: A page\ndescription: A page with a typo.\ndescriptoin: typo\n---\nText\n',
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/pages/en/broken.mdx:4  descriptoin  未知字段“descriptoin” / unknown field "descriptoin"',
    );
  });

  it('fails on a content link to a page that will not exist, naming file, line, the link and the closest page', () => {
    const { status, output } = buildWith(
      'content/pages/zh-cn/broken.mdx',
      '---\ntitle: 一个页面\ndescription: 链接写错的页面。\n---\n\n请看[二七纪念塔](/sites/erqi-memorial-towr/)。\n',
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/pages/zh-cn/broken.mdx:6  body  链接 /sites/erqi-memorial-towr/ 指向的页面不存在',
    );
    expect(output).toContain('最接近的已有页面是 /sites/erqi-memorial-tower/');
  });
});
