import { EDITOR_COMPONENTS } from './components.ts';

/** What an editor reads when the MDX safety rules (mdx-safety.ts) refuse something. */
export interface SafetyMessage {
  zh: string;
  en: string;
  fixZh: string;
  fixEn: string;
}

const COMPONENTS = Object.keys(EDITOR_COMPONENTS).join(', ');
const DANGEROUS = new Set(['script', 'style', 'iframe', 'object', 'embed']);

export const esm = (): SafetyMessage => ({
  zh: '不允许 import 或 export 语句',
  en: 'import and export statements are not allowed',
  fixZh: `删去这一行：可用的组件（${COMPONENTS}）无需导入`,
  fixEn: `delete the line: the editor components (${COMPONENTS}) need no import`,
});

export const expression = (): SafetyMessage => ({
  zh: '不允许花括号表达式 {…}：它会执行代码',
  en: 'curly-brace expressions {…} are not allowed: they run code',
  fixZh: '要显示花括号请写成 \\{ 和 \\}；给编辑看的注释写成 {/* 注释 */}',
  fixEn: 'to show a brace write \\{ or \\}; write a note to editors as {/* note */}',
});

export const htmlElement = (tag: string): SafetyMessage =>
  DANGEROUS.has(tag)
    ? {
        zh: `不允许使用 <${tag}>：它会执行代码或嵌入别的网页`,
        en: `<${tag}> is not allowed: it runs code or embeds another page`,
        fixZh: '删去它；页面确实需要这种功能时请联系开发者',
        fixEn: 'remove it; ask a developer if the page really needs this',
      }
    : {
        zh: `不允许使用 HTML 元素 <${tag}>`,
        en: `HTML element <${tag}> is not allowed`,
        fixZh: '改用 Markdown：# 标题、- 列表、[文字](网址) 链接、**加粗**；或使用 content/README.md 列出的组件',
        fixEn: 'use Markdown instead (# heading, - list, [text](url) link, **bold**) or a component listed in content/README.md',
      };

export const unknownComponent = (name: string): SafetyMessage => ({
  zh: `未知组件 <${name}>`,
  en: `unknown component <${name}>`,
  fixZh: `只能使用这些组件：${COMPONENTS}（见 content/README.md）`,
  fixEn: `use only these components: ${COMPONENTS} (see content/README.md)`,
});

export const eventAttribute = (attr: string): SafetyMessage => ({
  zh: `不允许事件属性 ${attr}：它会执行代码`,
  en: `event attribute ${attr} is not allowed: it runs code`,
  fixZh: '删去该属性',
  fixEn: 'remove the attribute',
});

export const notQuoted = (name: string, attr: string): SafetyMessage => ({
  zh: `<${name}> 的属性 ${attr} 必须写成带引号的文字`,
  en: `attribute ${attr} of <${name}> must be text in quotes`,
  fixZh: `照这样写：${EDITOR_COMPONENTS[name]!.example}`,
  fixEn: `write it like this: ${EDITOR_COMPONENTS[name]!.example}`,
});

export const unknownAttribute = (name: string, attr: string): SafetyMessage => {
  const { required, optional } = EDITOR_COMPONENTS[name]!;
  return {
    zh: `<${name}> 没有属性 ${attr}`,
    en: `<${name}> has no attribute ${attr}`,
    fixZh: `可用属性：${[...required, ...optional].join(', ')}`,
    fixEn: `its attributes are: ${[...required, ...optional].join(', ')}`,
  };
};

export const missingAttribute = (name: string, attr: string): SafetyMessage => ({
  zh: `<${name}> 缺少属性 ${attr}，或其值为空`,
  en: `<${name}> is missing the attribute ${attr}, or it is empty`,
  fixZh: `照这样写：${EDITOR_COMPONENTS[name]!.example}`,
  fixEn: `write it like this: ${EDITOR_COMPONENTS[name]!.example}`,
});

export const unsafeUrl = (url: string): SafetyMessage => ({
  zh: `不允许的链接“${url.slice(0, 40)}”`,
  en: `link "${url.slice(0, 40)}" is not allowed`,
  fixZh: '链接只能指向 https:// 网址或本站路径（例如 /sites/erqi-memorial-tower/）',
  fixEn: 'link only to an https:// address or a path on this site (e.g. /sites/erqi-memorial-tower/)',
});

export const badValue = (name: string, attr: string): SafetyMessage => {
  const pattern = EDITOR_COMPONENTS[name]!.patterns![attr]!;
  return {
    zh: `<${name}> 的属性 ${attr} 写法不对`,
    en: `attribute ${attr} of <${name}> is not in the right form`,
    fixZh: pattern.zh,
    fixEn: pattern.en,
  };
};
