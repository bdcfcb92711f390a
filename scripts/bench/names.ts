/**
 * Name parts for synthetic titles. Towns and villages are the ones the real content
 * mentions (with their pinyin); the tails follow the real titles of each collection. A
 * title is one combination of county × town × tail, so every synthetic title is unique.
 */
export interface Pair {
  zh: string;
  en: string;
}

const pairs = (list: Array<[string, string]>): Pair[] => list.map(([zh, en]) => ({ zh, en }));

export const COUNTIES = pairs([
  ['', ''],
  ['登封市', 'Dengfeng '],
  ['新密市', 'Xinmi '],
  ['巩义市', 'Gongyi '],
  ['荥阳市', 'Xingyang '],
  ['新郑市', 'Xinzheng '],
  ['中牟县', 'Zhongmou '],
  ['二七区', 'Erqi '],
]);

export const TOWNS = pairs([
  ['孙桥村', 'Sunqiao Village'],
  ['徐庄镇', 'Xuzhuang Town'],
  ['新中镇', 'Xinzhong Town'],
  ['辛店镇', 'Xindian Town'],
  ['种湾村', 'Zhongwan Village'],
  ['金店镇', 'Jindian Town'],
  ['尖山乡', 'Jianshan Township'],
  ['超化镇', 'Chaohua Town'],
  ['栗林村', 'Lilin Village'],
  ['上庄村', 'Shangzhuang Village'],
  ['袁桥村', 'Yuanqiao Village'],
  ['马垌村', 'Madong Village'],
  ['户寨乡', 'Huzhai Township'],
  ['白坪镇', 'Baiping Town'],
  ['刘沟村', 'Liugou Village'],
  ['三坟村', 'Sanfen Village'],
  ['龙湖镇', 'Longhu Town'],
  ['涉村镇', 'Shecun Town'],
  ['柳泉村', 'Liuquan Village'],
  ['景店村', 'Jingdian Village'],
  ['孟庄镇', 'Mengzhuang Town'],
  ['卢店镇', 'Ludian Town'],
  ['驼窑村', 'Tuoyao Village'],
  ['王村镇', 'Wangcun Town'],
  ['广武镇', 'Guangwu Town'],
  ['汜水镇', 'Sishui Town'],
]);

/** Title tails per collection; `kind` is the value the schema needs for that tail, if any. */
export const TAILS: Record<string, Array<Pair & { kind?: string }>> = {
  sites: [
    { zh: '革命旧址', en: 'Former Revolutionary Site', kind: 'former-site' },
    { zh: '烈士陵园', en: "Martyrs' Cemetery", kind: 'martyrs-cemetery' },
    { zh: '革命烈士纪念馆', en: "Revolutionary Martyrs' Memorial Hall", kind: 'memorial-hall' },
    { zh: '抗日民主政府旧址', en: 'Former Anti-Japanese Democratic Government', kind: 'former-site' },
    { zh: '后方医院旧址', en: 'Former Rear Hospital', kind: 'former-site' },
    { zh: '革命烈士纪念碑', en: "Revolutionary Martyrs' Monument", kind: 'monument' },
    { zh: '抗日纪念园', en: 'Anti-Japanese Memorial Park', kind: 'memorial-park' },
    { zh: '党支部旧址', en: 'Former Party Branch Site', kind: 'former-site' },
  ],
  products: pairs([
    ['大枣', 'jujube'],
    ['石榴', 'pomegranate'],
    ['柿子', 'persimmon'],
    ['金银花', 'honeysuckle'],
    ['芥丝', 'mustard strips'],
    ['小米', 'millet'],
    ['红薯', 'sweet potato'],
    ['山楂', 'hawthorn'],
  ]),
  routes: pairs([
    ['红色研学线路', 'red study route'],
    ['红色旅游一日游', 'red-tourism day trip'],
    ['红色教育两日游', 'two-day red education tour'],
    ['抗战遗址寻访线路', 'War of Resistance heritage trail'],
    ['革命旧址徒步线路', 'revolutionary sites walking route'],
  ]),
  places: [
    { zh: '', en: '', kind: 'district' },
    { zh: '片区', en: ' Area', kind: 'county' },
    { zh: '红色文化片区', en: ' Red Heritage Area', kind: 'county-level-city' },
  ],
  pages: pairs([
    ['专题说明', 'topic notes'],
    ['资料汇编', 'source compilation'],
    ['参观须知', 'visitor notes'],
    ['口述史料', 'oral history'],
    ['研学指南', 'study guide'],
  ]),
  timeline: pairs([
    ['举行革命烈士公祭活动', 'holds a ceremony for revolutionary martyrs'],
    ['革命旧址完成修缮', 'former revolutionary site restored'],
    ['发布红色旅游线路', 'publishes a red-tourism route'],
    ['旧址入选省级文物保护单位', 'site listed for provincial protection'],
  ]),
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The i-th title of a collection in both languages: county × town × tail (tail varies
 * fastest, the county slowest), with a counter once every combination has been used.
 */
export function syntheticTitles(
  collection: string,
  i: number,
): { titles: { 'zh-cn': string; en: string }; kind?: string } {
  const tails = TAILS[collection]!;
  const tail = tails[i % tails.length]!;
  const town = TOWNS[Math.floor(i / tails.length) % TOWNS.length]!;
  const perCounty = tails.length * TOWNS.length;
  const county = COUNTIES[Math.floor(i / perCounty) % COUNTIES.length]!;
  const round = Math.floor(i / (perCounty * COUNTIES.length));
  const en = `${county.en}${town.en}${tail.en.startsWith(' ') || !tail.en ? '' : ' '}${tail.en}`;
  return {
    titles: {
      'zh-cn': `${county.zh}${town.zh}${tail.zh}${round ? `（${round + 1}）` : ''}`,
      en: `${capitalise(en)}${round ? ` (${round + 1})` : ''}`,
    },
    kind: tail.kind,
  };
}
