import { describe, expect, it } from 'vitest';
import { checkEntryRules, today } from '../../src/lib/content/entry-rules.ts';
import { run, valid } from '../helpers/content-fixture.ts';

/**
 * The content check on what the site reports of the plan in practice: progress items,
 * explainers, topic pages and the reports on the 2025 goals. Each test breaks one rule and
 * expects the file, the field and the fix.
 */
const ITEM = 'content/progress/zh-cn/2023-05-06-memorial-next-step.mdx';
const progress = (fields: Record<string, string | undefined> = {}) => {
  const f: Record<string, string | undefined> = {
    title: '市文旅局：纪念馆列为“下一步重点推进”',
    date: '2023-05-06',
    measures: '[12]',
    claim: '答复写道，将“下一步重点推进”纪念馆。',
    quote: '下一步重点推进黄河国家博物馆',
    verb: '下一步重点推进',
    source: `\n  title: 答复\n  publisher: 郑州市文化广电和旅游局\n  url: https://public.zhengzhou.gov.cn/D1101X/7116298.jhtml\n  kind: official-government`,
    lastChecked: '2026-12-04',
    ...fields,
  };
  const yaml = Object.entries(f)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  return `---\n${yaml}\n---\n`;
};
const withProgress = (text: string, path = ITEM) => {
  const files = valid();
  files.set(path, text);
  return run(files);
};

describe('content check: reported progress', () => {
  it('accepts a well-formed item', () => {
    expect(withProgress(progress())).toEqual([]);
  });

  it.each([
    ['a missing date', { date: undefined }, /:\d+ {2}date {2}/],
    ['a missing URL', { source: `\n  title: 答复\n  publisher: 市文旅局\n  kind: official-government` }, /:\d+ {2}source\.url {2}/],
    ['a missing kind of source', { source: `\n  title: 答复\n  publisher: 市文旅局\n  url: https://public.zhengzhou.gov.cn/a.jhtml` }, /:\d+ {2}source\.kind {2}/],
    ['a kind of source outside the allowed list', { source: `\n  title: 答复\n  publisher: 某网站\n  url: https://example.org/a\n  kind: copy` }, /:\d+ {2}source\.kind {2}.*official-government.*news-outlet/],
    ['an unknown measure', { measures: '[21]' }, /:\d+ {2}measures\.0 {2}措施编号为 1 至 20/],
    ['no measure at all', { measures: '[]' }, /:\d+ {2}measures {2}至少写一条相关措施/],
  ])('fails on %s, naming the file and field', (_what, fields, pattern) => {
    const problems = withProgress(progress(fields));
    expect(problems).toEqual([expect.stringMatching(pattern)]);
    expect(problems[0]).toMatch(/^content\/progress\/zh-cn\/2023-05-06-memorial-next-step\.mdx:/);
  });

  it('fails on a date in the future, and on a check date in the future', () => {
    const day = today();
    const next = `${Number(day.slice(0, 4)) + 1}-01-01`;
    expect(withProgress(progress({ date: next }))).toEqual([expect.stringMatching(/mdx:3 {2}date {2}日期 \d{4}-01-01 晚于今天.*after today/)]);
    expect(withProgress(progress({ lastChecked: next }))).toEqual([expect.stringMatching(/ {2}lastChecked {2}.*晚于今天/)]);
    // A year or month that includes today is not in the future.
    expect(withProgress(progress({ date: day.slice(0, 7) }))).toEqual([]);
  });

  it('fails when the verb is not the source’s own word in the quote (no upgrading 推进 to 建成)', () => {
    expect(withProgress(progress({ verb: '建成' }))).toEqual([
      expect.stringMatching(/mdx:\d+ {2}verb {2}动词“建成”没有出现在引文（quote）里.*never reword or upgrade it/),
    ]);
  });

  it('checks the dates against the day given, not only the clock', () => {
    const entry = {
      file: ITEM,
      collection: 'progress',
      locale: 'zh-cn',
      slug: 'x',
      data: { date: '2030-01-01', lastChecked: '2026-12-04', quote: 'a', verb: 'a' },
      lineOf: () => 3,
    };
    expect(checkEntryRules([entry], new Map(), '2031-01-01')).toEqual([]);
    expect(checkEntryRules([entry], new Map(), '2026-12-04')).toHaveLength(1);
  });
});

describe('content check: explainers', () => {
  const explainer = (measure = 12, terms = '[]') =>
    `---\nmeasure: ${measure}\naudiences: [visitors]\nterms: ${terms}\nprogressSearched: 2026-12-04\n---\n这条讲的是保护和利用革命文物。\n`;
  it('accepts an explainer named after its measure', () => {
    const files = valid();
    files.set('content/explainers/zh-cn/12.mdx', explainer());
    expect(run(files)).toEqual([]);
  });
  it('fails when the file name and the measure differ', () => {
    const files = valid();
    files.set('content/explainers/zh-cn/11.mdx', explainer(12));
    expect(run(files)).toEqual([expect.stringMatching(/explainers\/zh-cn\/11\.mdx:2 {2}measure {2}措施编号 12 与文件名 11\.mdx 不一致/)]);
  });
  it('fails on a glossary term that does not exist', () => {
    const files = valid();
    files.set('content/explainers/zh-cn/12.mdx', explainer(12, '[no-such-term]'));
    expect(run(files)).toEqual([expect.stringMatching(/12\.mdx:\d+ {2}terms\.0 {2}找不到术语“no-such-term”/)]);
  });
  it('fails on an audience outside the list', () => {
    const files = valid();
    files.set('content/explainers/zh-cn/12.mdx', explainer().replace('[visitors]', '[everyone]'));
    expect(run(files)).toEqual([expect.stringMatching(/12\.mdx:\d+ {2}audiences\.0 {2}/)]);
  });
});

describe('content check: topic pages cite every paragraph', () => {
  const TOPIC = 'content/topics/zh-cn/a-topic.mdx';
  const topic = (body: string, sources = 2) =>
    `---\ntitle: 专题甲\ndescription: 专题甲简介。\nsummary: 专题甲要点。\nsources:\n${Array.from({ length: sources }, (_, i) => `  - title: 来源${i + 1}\n    url: https://zzrb.zynews.cn/${i}.htm\n    accessed: 2026-12-04\n`).join('')}lastVerified: 2026-12-04\n---\n\n${body}\n`;
  const check = (body: string, edit = (text: string) => text) => {
    const files = valid();
    files.set(TOPIC, edit(topic(body)));
    return run(files);
  };
  it('accepts paragraphs that each cite a listed source', () => {
    expect(check('## 一\n\n第一段。<Ref n="1" />\n\n第二段。<Ref n="2" />')).toEqual([]);
  });
  it('fails on a paragraph without a citation, with its line', () => {
    expect(check('第一段。<Ref n="1" /><Ref n="2" />\n\n第二段没有出处。')).toEqual([
      expect.stringMatching(/a-topic\.mdx:17 {2}body {2}这一段没有注明出处/),
    ]);
  });
  it('fails on a citation of a source that is not listed', () => {
    expect(check('第一段。<Ref n="1" /><Ref n="2" /><Ref n="3" />')).toEqual([
      expect.stringMatching(/body {2}<Ref n="3" \/> 指向不存在的来源：本页只有 2 个来源/),
    ]);
  });
  it('fails on a listed source that no paragraph cites', () => {
    expect(check('第一段。<Ref n="1" />')).toEqual([expect.stringMatching(/a-topic\.mdx:\d+ {2}sources\.1 {2}来源 2 在正文中没有被引用/)]);
  });
  it('fails on a linked site that does not exist', () => {
    expect(check('第一段。<Ref n="1" /><Ref n="2" />', (t) => t.replace('summary:', 'sites: [no-such-site]\nsummary:'))).toEqual([
      expect.stringMatching(/sites\.0 {2}找不到红色地标“no-such-site”/),
    ]);
  });
});

describe('content check: reports on the 2025 goals', () => {
  const policy = (items: string[]) =>
    `---\ntitle: 方案\ndescription: 方案。\nnoticeTitle: 通知\nissuer: 郑州市人民政府办公厅\ndocNumber: 郑政办〔2021〕62号\nrecipients: 各单位\ndateWritten: 2021-11-05\ndateIssued: 2021-11-11\nhost: 市发展改革委\nsupervisor: 市政府督查室\ncopiedTo: [市委办公室]\nofficial:\n  name: 郑州市人民政府网站\n  url: https://www.zhengzhou.gov.cn/\nchapters:\n${[1, 2, 3, 4, 5, 6].map((n) => `  - number: ${n}\n    title: 第${n}章\n`).join('')}goals:\n  - year: 2025\n    items: [${items.join(', ')}]\nimplements:\n  - title: 《意见》\n    issuer: 国务院\n    sources:\n      - title: 意见\n        url: https://www.gov.cn/a.htm\n        accessed: 2026-12-04\nstatus:\n  state: no-notice-found\n  checked: 2026-12-04\n  note: 未查到。\n  sources:\n    - title: 规定\n      url: https://public.zzsj.gov.cn/a.jhtml\n      accessed: 2026-12-04\nsources:\n  - title: 方案\n    publication: 郑政办〔2021〕62号\n    accessed: 2026-12-04\nlastVerified: 2026-12-04\n---\n正文\n`;
  const check = (reports: string) => {
    const files = valid();
    files.set('content/policy/zh-cn/plan.mdx', policy(['甲目标', '乙目标']));
    files.set('content/goal-reports.yaml', reports);
    return run(files);
  };
  it('accepts one report per goal, found or not', () => {
    expect(check('- id: a\n  goal: 甲目标\n  searched: 2026-12-04\n- id: b\n  goal: 乙目标\n  searched: 2026-12-04\n')).toEqual([]);
  });
  it('fails on a goal not written as the plan writes it, with its line', () => {
    expect(check('- id: a\n  goal: 甲目标\n  searched: 2026-12-04\n- id: b\n  goal: 乙 目标\n  searched: 2026-12-04\n')).toEqual([
      expect.stringMatching(/^content\/goal-reports\.yaml:5 {2}1\.goal {2}“乙 目标”不是方案2025年目标中的原话/),
      expect.stringMatching(/goal-reports\.yaml {2}goal {2}2025年目标“乙目标”没有条目/),
    ]);
  });
});
