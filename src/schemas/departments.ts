import { z } from 'astro/zod';
import { rejectedEnglish, source } from './common.ts';

/**
 * A responsible unit named in the plan's 责任单位 lines. content/departments.yaml holds one
 * list item per canonical department; the variants the text uses are listed as aliases, and
 * partOf lists the compound names that stand for several departments at once. nameEn is this
 * site's fixed translation (content/README.md lists them all).
 * @zh 方案“责任单位”一行中列出的责任单位。content/departments.yaml 中每个规范部门一项，原文中的其他写法列为 aliases；英文名称是本站的固定译名。
 */
export const departmentSchema = z.strictObject({
  /**
   * Stable ASCII id used in URLs: /policy/departments/<id>/, e.g. fazhan-gaige-wei.
   * @label 编号
   * @zh 网址中使用的固定英文编号：/policy/departments/<id>/，例如 fazhan-gaige-wei。
   */
  id: z
    .string()
    .regex(
      /^[a-z0-9]+(-[a-z0-9]+)*$/,
      '请用小写英文字母和连字符，例如 caizheng-ju / use lowercase ASCII words joined by hyphens',
    ),
  /**
   * Canonical Chinese name, as the plan writes it most often (e.g. 市退役军人事务局).
   * @label 名称
   * @zh 规范的中文名称，按方案中最常见的写法（如市退役军人事务局）。
   */
  name: z.string().min(1),
  /**
   * English name used on every English page (the glossary's fixed translation).
   * @label 英文名称
   * @zh 所有英文页面使用的英文名称（本站固定译名）。
   */
  nameEn: z.string().min(1),
  /**
   * English names English pages must not use instead of nameEn, e.g. Zhengzhou Municipal Cultural Relics Bureau.
   * @label 不用的英文译名
   * @zh 英文页面不应使用的其他英文译名；检查程序会报出并给出固定译名。
   */
  variantsEn: rejectedEnglish,
  /**
   * Full official Chinese name, only when a cited source gives it.
   * @label 全称
   * @zh 官方中文全称，仅在有来源给出时填写。
   */
  fullName: z.string().min(1).optional(),
  /**
   * Other ways the plan writes this department (e.g. 市退役军人局, 财政局).
   * @label 其他写法
   * @zh 方案中对该部门的其他写法（如市退役军人局、财政局）。
   */
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * Compound names that stand for this department together with others, e.g. 相关区县（市）党委、政府
   * is listed under both 相关区县（市）党委 and 相关区县（市）政府.
   * @label 合称
   * @zh 代表该部门和其他部门的合称，例如“相关区县（市）党委、政府”同时列在“相关区县（市）党委”和“相关区县（市）政府”下。
   */
  partOf: z.array(z.string().min(1)).default([]),
  /**
   * party: a Party committee body; government: a government department; group: a group of bodies.
   * @label 类型
   * @zh party：党委部门；government：政府部门；group：多个机构的合称。
   */
  kind: z.enum(['party', 'government', 'group']),
  /**
   * How the public can reach the body, only as a cited source states it: its official
   * website, or another public channel (a hotline, a public account). Nothing guessed.
   * @label 联系方式
   * @zh 公众联系该机构的方式，只按有来源的说法写：官方网站或其他公开渠道（热线、公众号），不要猜测。
   */
  contact: z
    .strictObject({
      /**
       * The body's official website, as the source gives it.
       * @label 官方网站
       * @zh 来源给出的官方网站。
       */
      website: z.url().optional(),
      /**
       * Another public channel in the source's words, e.g. 政务服务热线 12345 or a public account's name.
       * @label 其他渠道
       * @zh 其他公开渠道，照来源原话，例如政务服务热线 12345 或公众号名称。
       */
      channel: z.string().min(1).optional(),
      /**
       * Where this is stated (a page on the body's own website, or its 政府信息公开指南).
       * @label 出处
       * @zh 这些联系方式的出处（该机构网站上的页面，或其政府信息公开指南）。
       */
      source,
    })
    .optional(),
});

export type DepartmentData = z.infer<typeof departmentSchema>;
