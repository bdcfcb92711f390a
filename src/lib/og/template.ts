import { drawable } from './card.ts';
import { fitText, type Fit } from './fit.ts';
import { OG_HEIGHT, OG_WIDTH } from './paths.ts';

/**
 * The Open Graph card as a Satori element tree (plain objects, no React). One layout with
 * three variants: `measure` puts "第N条 · chapter" in red above the title; `entry` (site,
 * product, route, place) puts place or type under the title after a red rule; `plain`
 * puts the section under the title in grey. Bump TEMPLATE_VERSION whenever the drawing
 * changes, so cached images are rendered again.
 */
export const TEMPLATE_VERSION = 3;

export type OgTemplate = 'measure' | 'entry' | 'plain';

export interface OgCard {
  template: OgTemplate;
  locale: 'zh-cn' | 'en';
  title: string;
  subtitle: string;
  siteName: string;
  footer: string;
}

export const FONT_FAMILY = 'Noto Sans SC';
const COLORS = {
  band: '#a3151b',
  paper: '#fbf7ef',
  ink: '#1d1f23',
  muted: '#51565e',
  accent: '#a3151b',
  gold: '#c8962d',
  star: '#ffd34d',
  onBand: '#fff8e7',
};
const BAND = 110;
const FOOTER = 84;
/** The thin red stripe along the bottom edge. */
const STRIPE = 10;
const PAD_X = 80;
const PAD_TOP = 40;
const PAD_BOTTOM = 20;
const GAP = 22;
const TEXT_WIDTH = OG_WIDTH - 2 * PAD_X;
const BODY = OG_HEIGHT - BAND - FOOTER - STRIPE - PAD_TOP - PAD_BOTTOM;
export const TITLE_SIZES = [80, 72, 64, 58, 52, 46, 42, 38, 34];
const TITLE_LH = 1.25;
const SUB_LH = 1.35;
/** The star of the favicon (public/favicon.svg), drawn in gold on the band. */
const STAR = 'M16 5l3.1 7.1 7.7.6-5.9 5 1.9 7.5L16 21.2l-6.8 4 1.9-7.5-5.9-5 7.7-.6z';

type Style = Record<string, string | number>;
export interface El {
  type: string;
  key?: string;
  props: { style?: Style; children?: El | El[] | string; [attr: string]: unknown };
}
const el = (
  type: string,
  style: Style,
  children?: El | El[] | string,
  extra: Record<string, unknown> = {},
  key?: string,
): El => ({
  type,
  key,
  props: { style, children, ...extra },
});

/** Font sizes for subtitle and title; titles stay below `titleCap` px (lowered when a render came out too tall). */
export function layoutSizes(
  original: OgCard,
  titleCap = Infinity,
): { sub: Fit; title: Fit; titleBudget: number } {
  const card = drawn(original);
  const sub = fitText(card.subtitle, {
    sizes: [34, 30, 26, 23],
    width: TEXT_WIDTH,
    maxHeight: 2 * 34 * SUB_LH,
    lineHeight: SUB_LH,
    maxLines: 2,
  });
  const titleBudget = BODY - sub.height - GAP;
  const below = TITLE_SIZES.filter((s) => s < titleCap);
  const sizes = below.length ? below : TITLE_SIZES.slice(-1);
  const title = fitText(card.title, {
    sizes,
    width: TEXT_WIDTH,
    maxHeight: titleBudget,
    lineHeight: TITLE_LH,
  });
  return { sub, title, titleBudget };
}

/** The card's text as drawn (see `drawable`). */
function drawn(card: OgCard): OgCard {
  return {
    ...card,
    title: drawable(card.title, card.locale),
    subtitle: drawable(card.subtitle, card.locale),
  };
}

export function cardElement(original: OgCard, titleCap = Infinity): El {
  const card = drawn(original);
  const { sub, title } = layoutSizes(card, titleCap);
  const text = { lineHeight: TITLE_LH, textWrap: 'balance' as const, width: TEXT_WIDTH, flexShrink: 0 };
  const titleEl = el(
    'div',
    { ...text, fontSize: title.size, fontWeight: 700, color: COLORS.ink },
    card.title,
    {},
    'title',
  );
  const subBase: Style = {
    fontSize: sub.size,
    lineHeight: SUB_LH,
    textWrap: 'balance',
    width: TEXT_WIDTH,
    fontWeight: 700,
    flexShrink: 0,
  };
  let body: El[];
  if (card.template === 'measure') {
    body = [el('div', { ...subBase, color: COLORS.accent }, card.subtitle), titleEl];
  } else if (card.template === 'entry') {
    const rule = el('div', {
      width: 8,
      alignSelf: 'stretch',
      backgroundColor: COLORS.accent,
      marginRight: 20,
      borderRadius: 2,
    });
    const subtitle = el('div', { ...subBase, width: TEXT_WIDTH - 28, color: COLORS.accent }, card.subtitle);
    body = [titleEl, el('div', { display: 'flex', flexDirection: 'row' }, [rule, subtitle])];
  } else {
    body = [titleEl, el('div', { ...subBase, fontWeight: 400, color: COLORS.muted }, card.subtitle)];
  }
  const star = el(
    'svg',
    { width: 60, height: 60, marginRight: 22 },
    el('path', {}, undefined, { d: STAR, fill: COLORS.star }),
    {
      viewBox: '0 0 32 32',
    },
  );
  const band = el(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      height: BAND,
      padding: `0 ${PAD_X - 8}px`,
      backgroundColor: COLORS.band,
    },
    [
      star,
      el('div', { fontSize: 36, fontWeight: 700, lineHeight: 1.2, color: COLORS.onBand }, card.siteName),
    ],
  );
  const main = el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'center',
      gap: GAP,
      flexGrow: 1,
      padding: `${PAD_TOP}px ${PAD_X}px ${PAD_BOTTOM}px`,
    },
    body,
  );
  const footer = el(
    'div',
    { display: 'flex', alignItems: 'center', height: FOOTER, padding: `0 ${PAD_X}px 12px` },
    [
      el('div', { width: 72, height: 6, backgroundColor: COLORS.gold, marginRight: 20 }),
      el('div', { fontSize: 24, fontWeight: 400, lineHeight: 1.3, color: COLORS.muted }, card.footer),
    ],
  );
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: OG_WIDTH,
      height: OG_HEIGHT,
      backgroundColor: COLORS.paper,
      fontFamily: FONT_FAMILY,
    },
    [band, main, footer, el('div', { height: STRIPE, backgroundColor: COLORS.band })],
  );
}
