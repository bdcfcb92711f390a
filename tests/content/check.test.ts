import { describe, expect, it } from 'vitest';
import { collectContentFiles } from '../../src/lib/content/files.ts';
import { replaceIn, run, valid, withFile } from '../helpers/content-fixture.ts';

describe('content check', () => {
  it('accepts the valid tree, resolving aliases and compound department names', () => {
    expect(run(valid())).toEqual([]);
  });

  it('passes on the real content of the repository', () => {
    expect(run(collectContentFiles('.'))).toEqual([]);
  });

  it('names file, line and field of a missing required field', () => {
    expect(replaceIn('content/sites/zh-cn/a-site.mdx', 'address: 新郑市辛店镇\n', '')).toEqual([
      expect.stringMatching(/^content\/sites\/zh-cn\/a-site\.mdx:\d+ {2}address {2}缺少必填字段 \/ required field is missing/),
    ]);
  });

  it('rejects an unknown field with its line', () => {
    expect(replaceIn('content/sites/zh-cn/a-site.mdx', 'period:', 'opening: 9点\nperiod:')).toEqual([
      expect.stringMatching(/^content\/sites\/zh-cn\/a-site\.mdx:7 {2}opening {2}未知字段“opening” \/ unknown field "opening"/),
    ]);
  });

  it('rejects an unknown site in a route stop', () => {
    expect(replaceIn('content/routes/zh-cn/a-route.mdx', 'site: a-site', 'site: no-such-site')).toEqual([
      expect.stringMatching(/a-route\.mdx:\d+ {2}stops\.0\.site {2}找不到红色地标“no-such-site” \/ unknown site "no-such-site"/),
    ]);
  });

  it('rejects an unknown place', () => {
    expect(replaceIn('content/sites/zh-cn/a-site.mdx', 'place: xinzheng', 'place: kaifeng')).toEqual([
      expect.stringMatching(/a-site\.mdx:\d+ {2}place {2}找不到地点“kaifeng”/),
    ]);
  });

  it('rejects an unknown department, naming it', () => {
    expect(replaceIn('content/measures/zh-cn/12.mdx', '  - 财政局', '  - 市财政厅')).toEqual([
      expect.stringMatching(/12\.mdx:7 {2}departments\.0 {2}未知的责任单位“市财政厅” \/ unknown department "市财政厅"/),
    ]);
  });

  it('rejects a measure number outside 1..20', () => {
    const problems = withFile(
      'content/measures/zh-cn/21.mdx',
      valid().get('content/measures/zh-cn/12.mdx')!.replace('number: 12', 'number: 21'),
    );
    expect(problems).toEqual([expect.stringMatching(/21\.mdx:4 {2}number {2}措施编号为 1 至 20/)]);
  });

  it('rejects a measure whose number does not match its file name', () => {
    expect(replaceIn('content/measures/zh-cn/12.mdx', 'number: 12', 'number: 13')).toEqual([
      expect.stringMatching(/12\.mdx:4 {2}number {2}编号 13 与文件名 12\.mdx 不一致/),
    ]);
  });

  it('rejects a day that does not exist', () => {
    expect(replaceIn('content/sites/zh-cn/a-site.mdx', 'lastVerified: 2026-11-29', 'lastVerified: 2026-02-30')).toEqual([
      expect.stringMatching(/lastVerified {2}日历上没有这一天/),
    ]);
  });

  it('rejects a page without sources', () => {
    expect(replaceIn('content/sites/zh-cn/a-site.mdx', /sources:[\s\S]*?accessed: 2026-11-29\n/, 'sources: []\n')).toEqual([
      expect.stringMatching(/a-site\.mdx:\d+ {2}sources {2}至少列出一个来源/),
    ]);
  });

  it('rejects a file name that is not ASCII kebab-case', () => {
    expect(withFile('content/sites/zh-cn/二七塔.mdx', '---\ntitle: x\n---\n')).toEqual([
      expect.stringMatching(/二七塔\.mdx {2}- {2}文件名“二七塔”不合规/),
    ]);
  });

  it('rejects a file outside the language folders', () => {
    expect(withFile('content/sites/fr/a-site.mdx', '---\ntitle: x\n---\n')).toEqual([expect.stringMatching(/“fr”不是语言文件夹/)]);
  });

  it('reports broken YAML with its line', () => {
    expect(replaceIn('content/sites/zh-cn/a-site.mdx', 'kind: former-site', 'kind: [former-site')).toEqual([
      expect.stringMatching(/a-site\.mdx:\d+ {2}- {2}YAML 格式错误/),
    ]);
  });

  it('reports a department name used twice', () => {
    const files = valid();
    files.set(
      'content/departments.yaml',
      files.get('content/departments.yaml')! + '- id: caizheng-ju-2\n  name: 财政局\n  nameEn: Finance\n  kind: government\n',
    );
    expect(run(files)).toEqual([expect.stringMatching(/departments\.yaml {2}3 {2}“财政局”重复/)]);
  });
});
