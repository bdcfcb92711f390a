import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { missingCharacters } from './cmap.ts';
import type { OgFonts } from './fonts.ts';
import { OG_HEIGHT, OG_WIDTH } from './paths.ts';
import { cardElement, layoutSizes, TITLE_SIZES, type OgCard } from './template.ts';

/**
 * Draws one Open Graph card: Satori lays it out and turns the text into paths (on the main
 * thread), resvg rasterises the SVG to PNG. resvg runs through `renderAsync`, on libuv's
 * thread pool, so while one card is rasterised the next can be laid out: on two cores a
 * build with no cached images takes about half as long as drawing them one by one.
 * `page` is only for error messages.
 */
export async function drawCard(card: OgCard, page: string, fonts: OgFonts): Promise<Buffer> {
  const text = `${card.title}${card.subtitle}${card.siteName}${card.footer}`;
  const missing = missingCharacters(text, fonts.coverage);
  if (missing.length)
    throw new Error(
      `og: ${page}: the font has no glyph for ${missing.map((c) => `“${c}” (U+${c.codePointAt(0)!.toString(16).toUpperCase()})`).join(', ')}`,
    );
  // Satori asks for extra fonts only when a glyph is missing: fail instead of drawing a box.
  const loadAdditionalAsset = async (code: string, segment: string): Promise<string> => {
    if (code === 'emoji') return '';
    throw new Error(`og: ${page}: no font for “${segment}” (${code})`);
  };
  // The size estimate can be off for unusual text: if the title came out taller than its
  // box, step down one size and lay it out again.
  for (let cap = Infinity; ;) {
    let titleHeight = 0;
    const svg = await satori(cardElement(card, cap) as never, {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      fonts: fonts.satori,
      loadAdditionalAsset,
      onNodeDetected: (node) => {
        if (node.key === 'title') titleHeight = node.height;
      },
    });
    const { title, titleBudget } = layoutSizes(card, cap);
    if (titleHeight <= titleBudget + 1 || title.size <= TITLE_SIZES.at(-1)!) {
      const image = await renderAsync(svg, {
        fitTo: { mode: 'width', value: OG_WIDTH },
        font: { loadSystemFonts: false },
      });
      return image.asPng();
    }
    cap = title.size;
  }
}
