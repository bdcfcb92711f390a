import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { missingCharacters } from '../../../src/lib/og/cmap.ts';
import { makeCard } from '../../../src/lib/og/card.ts';
import { loadFonts } from '../../../src/lib/og/fonts.ts';
import { OgRenderer } from '../../../src/lib/og/render.ts';
import { layoutSizes } from '../../../src/lib/og/template.ts';
import { pngSize } from '../../helpers/png.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'og-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
const quiet = { cacheDir, log: () => {} };

const cards = [
  makeCard('zh-cn', 'measure', '推动实现巩固脱贫攻坚成果同乡村振兴有效衔接', [
    '第1条',
    '三、巩固脱贫攻坚成果，因地制宜推进乡村振兴',
  ]),
  makeCard(
    'en',
    'entry',
    'Former Site of the Second Medical Station of the Western Henan Anti-Japanese Vanguard Column',
    ['Xingyang', 'Former revolutionary site'],
  ),
  makeCard('zh-cn', 'plain', '郑州市革命老区振兴发展', ['政策原文、红色地标、特色产品与红色旅游线路']),
];
const jobs = cards.map((card, i) => ({ card, page: `/page-${i}/` }));

describe('the font', () => {
  it('covers rare Henan place-name characters and reports what it lacks', () => {
    const { coverage } = loadFonts();
    expect(missingCharacters('浉河 瀍河 嵖岈山 郑政办〔2021〕62号 Dēngfēng “’', coverage)).toEqual([]);
    expect(missingCharacters('表情😀 扩展B𠀀', coverage)).toEqual(['😀', '𠀀']);
  });
});

describe('OgRenderer', () => {
  it('renders 1200×630 PNGs, then renders none on a second run with the same inputs', async () => {
    const first = new OgRenderer(quiet);
    const a = await first.renderAll(jobs);
    expect([first.rendered, first.fromCache]).toEqual([3, 0]);
    for (const png of a.values()) expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.png'))).toHaveLength(3);

    const second = new OgRenderer(quiet);
    const b = await second.renderAll(jobs);
    expect([second.rendered, second.fromCache]).toEqual([0, 3]);
    for (const [page, png] of a) expect(b.get(page)!.equals(png)).toBe(true);
  });

  it('renders again only the card whose text changed', async () => {
    const changed = [
      { ...jobs[0]!, card: { ...cards[0]!, title: '加强红色文物的保护利用' } },
      ...jobs.slice(1),
    ];
    const r = new OgRenderer(quiet);
    await r.renderAll(changed);
    expect([r.rendered, r.fromCache]).toEqual([1, 2]);
  });

  it('prints progress and a summary with counts and time', async () => {
    const lines: string[] = [];
    await new OgRenderer({ cacheDir, log: (l) => lines.push(l) }).renderAll(jobs);
    expect(lines.at(-1)).toMatch(/^og: 3 images, 0 rendered, 3 from cache, \d+\.\d s$/);
  });

  it('can delete cached images a full run did not use', async () => {
    const r = new OgRenderer({ ...quiet, prune: true });
    await r.renderAll(jobs.slice(1));
    expect(readdirSync(cacheDir)).toHaveLength(2);
    expect([r.rendered, r.fromCache]).toEqual([0, 2]);
  });

  it('fails naming the page and the character when the font lacks a glyph', async () => {
    const bad = makeCard('zh-cn', 'plain', '𠀀测试', ['x']);
    await expect(new OgRenderer(quiet).image({ card: bad, page: '/bad/' })).rejects.toThrow(
      /\/bad\/.*“𠀀” \(U\+20000\)/,
    );
  });
});

describe('title sizes', () => {
  it('shrink for long titles and keep the block inside its box', () => {
    const short = layoutSizes(makeCard('zh-cn', 'entry', '登封市', ['县级市']));
    const long = layoutSizes(cards[1]!);
    expect(short.title.size).toBeGreaterThan(long.title.size);
    for (const card of cards) {
      const { title, titleBudget } = layoutSizes(card);
      expect(title.height).toBeLessThanOrEqual(titleBudget);
    }
  });
});
