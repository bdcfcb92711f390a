import { readFileSync } from 'node:fs';
import { mdxToJs, mdxToMdast } from 'satteri';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { EDITOR_COMPONENTS } from '../../../src/lib/content/mdx/components.ts';
import { checkBody } from '../../../src/lib/content/body.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { findUnsafeMdx, isUnsafeUrl, type MdNode } from '../../../src/lib/content/mdx/rules.ts';
import { remarkSafeMdx, satteriSafeMdx } from '../../../src/lib/content/mdx/plugins.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/mdx-safety/${name}.mdx`, 'utf8');
const issues = (text: string) => findUnsafeMdx(mdxToMdast(text) as MdNode).map((i) => `${i.line}: ${i.en}`);

/** Each unsafe fixture, the line of the offending node and what the editor is told. */
const UNSAFE: Array<[string, number, RegExp]> = [
  ['script', 7, /<script> is not allowed: it runs code/],
  ['import', 4, /import and export statements are not allowed/],
  ['onclick', 5, /event attribute onclick is not allowed/],
  ['javascript-link', 5, /link "javascript:alert\(1\)" is not allowed/],
  ['iframe', 7, /<iframe> is not allowed: it runs code or embeds another page/],
  ['expression', 5, /curly-brace expressions \{…\} are not allowed/],
];

describe('safe-MDX rules', () => {
  it('accept a clean file: Markdown, links, a table, <Pinyin>, escaped braces and a {/* comment */}', () => {
    expect(issues(fixture('clean'))).toEqual([]);
  });

  it.each(UNSAFE)('refuse %s with its line', (name, line, message) => {
    const found = issues(fixture(name));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^${line}: ${message.source}`));
  });

  it('refuse every HTML element and unknown component, with no allow-list', () => {
    expect(issues('<div>x</div>\n\n<b>y</b> and <Map />')).toEqual([
      '1: HTML element <div> is not allowed',
      '3: HTML element <b> is not allowed',
      '3: unknown component <Map>',
    ]);
  });

  it('check the attributes of editor components', () => {
    expect(issues('<Pinyin zh="荥阳" />')).toEqual(['1: <Pinyin> is missing the attribute py, or it is empty']);
    expect(issues('<Pinyin zh="荥阳" py="Xíngyáng" size="2" />')).toEqual(['1: <Pinyin> has no attribute size']);
    expect(issues('<Pinyin zh={name} py="x" />')).toEqual(['1: attribute zh of <Pinyin> must be text in quotes']);
    expect(issues('<Pinyin {...props} zh="a" py="b" />')).toEqual(['1: attribute {…} of <Pinyin> must be text in quotes']);
  });

  it('require alt text, credit and licence on a <Figure>, and a plain path as its src', () => {
    const ok = '<Figure src="sites/erqi-tower.jpg" alt="二七纪念塔正面" credit="张三摄" licence="CC BY 4.0" />';
    expect(issues(ok)).toEqual([]);
    expect(issues('<Figure src="sites/erqi-tower.jpg" credit="张三摄" licence="CC BY 4.0" />')).toEqual([
      '1: <Figure> is missing the attribute alt, or it is empty',
    ]);
    expect(issues('<Figure src="a.jpg" alt="" credit="" licence="CC0" />')).toEqual([
      '1: <Figure> is missing the attribute alt, or it is empty',
      '1: <Figure> is missing the attribute credit, or it is empty',
    ]);
    expect(issues(ok.replace('sites/erqi-tower.jpg', '../secret.jpg'))).toEqual(['1: attribute src of <Figure> is not in the right form']);
    expect(issues(ok.replace('sites/erqi-tower.jpg', 'https://example.com/a.jpg'))).toEqual([
      '1: attribute src of <Figure> is not in the right form',
    ]);
  });

  it('refuse dangerous URLs in links, definitions, images and attributes', () => {
    expect(issues('[a][r]\n\n[r]: JavaScript:alert(1)')).toEqual(['3: link "JavaScript:alert(1)" is not allowed']);
    expect(issues('![a](data:image/svg+xml,x)')).toEqual(['1: link "data:image/svg+xml,x" is not allowed']);
    expect(isUnsafeUrl(' java\tscript:x')).toBe(true);
    expect(isUnsafeUrl('https://www.zhengzhou.gov.cn/')).toBe(false);
    expect(isUnsafeUrl('/sites/erqi-memorial-tower/#history')).toBe(false);
  });

  it('refuse export and comments that hide code', () => {
    expect(issues('export const a = 1')).toEqual(['1: import and export statements are not allowed']);
    expect(issues('{/* a */ alert(1) /* b */}')).toEqual(['1: curly-brace expressions {…} are not allowed: they run code']);
  });

  it('know exactly the components that src/components/mdx/index.ts gives to <Content>', () => {
    const index = readFileSync('src/components/mdx/index.ts', 'utf8');
    const names = /export const mdxComponents = \{([^}]*)\}/
      .exec(index)![1]!
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    expect(Object.keys(EDITOR_COMPONENTS).sort()).toEqual(names.sort());
  });
});

describe('safe-MDX in the content check', () => {
  it('reports file:line  body  … for each fixture', () => {
    for (const [name, line] of UNSAFE) {
      const file = `content/sites/zh-cn/${name}.mdx`;
      expect(checkBody(file, fixture(name)).map(formatProblem)).toEqual([
        expect.stringMatching(new RegExp(`^${file}:${line}  body  不允许`)),
      ]);
    }
    expect(checkBody('content/x/zh-cn/clean.mdx', fixture('clean'))).toEqual([]);
  });

  it('reports a <Figure> whose image is not in content/images/', () => {
    const text = '---\ntitle: x\n---\n\n<Figure src="sites/b.jpg" alt="乙" credit="丙" licence="CC0" />\n';
    expect(checkBody('c.mdx', text, new Set(['content/images/sites/a.jpg'])).map(formatProblem)).toEqual([
      expect.stringMatching(
        /^c\.mdx:5 {2}body {2}找不到图片 content\/images\/sites\/b\.jpg \/ image content\/images\/sites\/b\.jpg not found/,
      ),
    ]);
    expect(checkBody('c.mdx', text, new Set(['content/images/sites/b.jpg']))).toEqual([]);
  });

  it('reports an MDX syntax error with its line and a hint', () => {
    expect(checkBody('c.mdx', '---\ntitle: x\n---\n\n<!-- 注释 -->\n').map(formatProblem)).toEqual([
      expect.stringMatching(/^c\.mdx:5 {2}body {2}MDX 语法错误：.* → 正文里的 < 和 \{ 有特殊含义/),
    ]);
  });
});

describe('safe-MDX in the Markdown pipelines', () => {
  const compile = async (text: string) =>
    mdxToJs(text, { mdastPlugins: [satteriSafeMdx], fileURL: new URL(`file://${process.cwd()}/content/sites/zh-cn/x.mdx`) });

  it('Sätteri plugin (the build): refuses each unsafe fixture, naming file and line', async () => {
    for (const [name, line] of UNSAFE) {
      await expect(compile(fixture(name))).rejects.toThrow(new RegExp(`content/sites/zh-cn/x\\.mdx:${line}  body`));
    }
    await expect(compile(fixture('clean'))).resolves.toHaveProperty('code');
  });

  it('astro.config.mjs runs the Sätteri plugin for every Markdown and MDX file', async () => {
    const config = (await import('../../../astro.config.mjs')).default;
    const processor = config.markdown?.processor as { name: string; options: { mdastPlugins: unknown[] } };
    expect(processor.name).toBe('satteri');
    expect(processor.options.mdastPlugins).toContain(satteriSafeMdx);
  });

  it('remark plugin (unified): same rules on the same tree', async () => {
    const run = (name: string) =>
      unified()
        .use(remarkSafeMdx)
        .run(mdxToMdast(fixture(name)) as never);
    await expect(run('script')).rejects.toThrow(/:7 {2}body {2}不允许使用 <script>/);
    await expect(run('clean')).resolves.toBeDefined();
  });
});
