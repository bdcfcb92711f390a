import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { missingCharacters } from './cmap.ts';
import { loadFonts, type OgFonts } from './fonts.ts';
import { OG_HEIGHT, OG_WIDTH } from './paths.ts';
import { cardElement, layoutSizes, TEMPLATE_VERSION, TITLE_SIZES, type OgCard } from './template.ts';

/**
 * Renders Open Graph cards to PNG through Satori (layout, text to paths) and resvg
 * (rasterising), with a disk cache: each PNG is stored under a hash of everything that
 * decides its pixels (template version, the card's text and locale, the font files), so
 * a rebuild with unchanged content renders nothing. Counts and times what it does.
 */
export interface RendererOptions {
  /** Folder of cached PNGs, e.g. .astro/og-cache. */
  cacheDir: string;
  /** Project root whose node_modules holds the fonts. */
  root?: string;
  /** Progress and summary lines; defaults to console.log. */
  log?: (line: string) => void;
  /** After renderAll, delete cached PNGs it did not use (for a full build, which asks for every image). */
  prune?: boolean;
}

export interface OgJob {
  card: OgCard;
  /** The page the image belongs to (named in errors). */
  page: string;
}

export class OgRenderer {
  rendered = 0;
  fromCache = 0;
  /** Cache files used since this renderer was made. */
  private readonly used = new Set<string>();
  private fonts?: OgFonts;
  private readonly opts: RendererOptions;
  constructor(opts: RendererOptions) {
    this.opts = opts;
  }

  private getFonts(): OgFonts {
    return (this.fonts ??= loadFonts(this.opts.root));
  }

  cacheKey(card: OgCard): string {
    const inputs = { v: TEMPLATE_VERSION, fonts: this.getFonts().hash, card };
    return createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 32);
  }

  /** The PNG of one card: from the cache, or rendered and then cached. */
  async image({ card, page }: OgJob): Promise<Buffer> {
    const name = `${this.cacheKey(card)}.png`;
    const file = join(this.opts.cacheDir, name);
    this.used.add(name);
    if (existsSync(file)) {
      this.fromCache++;
      return readFileSync(file);
    }
    const png = await this.render(card, page);
    mkdirSync(this.opts.cacheDir, { recursive: true });
    writeFileSync(`${file}.tmp`, png);
    renameSync(`${file}.tmp`, file);
    this.rendered++;
    // Let resvg free its buffers between images (otherwise memory grows ~3 MB per image).
    await new Promise((resolve) => setImmediate(resolve));
    return png;
  }

  /** Every image of a build, one after the other, with progress lines and a summary. */
  async renderAll(jobs: OgJob[]): Promise<Map<string, Buffer>> {
    const log = this.opts.log ?? console.log;
    const started = performance.now();
    const out = new Map<string, Buffer>();
    const step = Math.max(10, Math.ceil(jobs.length / 8));
    for (const job of jobs) {
      out.set(job.page, await this.image(job));
      if (out.size % step === 0 && out.size < jobs.length)
        log(`og: ${out.size}/${jobs.length} (${this.rendered} rendered, ${this.fromCache} from cache)`);
    }
    const seconds = (performance.now() - started) / 1000;
    log(`og: ${jobs.length} images, ${this.rendered} rendered, ${this.fromCache} from cache, ${seconds.toFixed(1)} s`);
    if (this.opts.prune && existsSync(this.opts.cacheDir)) {
      for (const f of readdirSync(this.opts.cacheDir)) if (!this.used.has(f)) rmSync(join(this.opts.cacheDir, f), { force: true });
    }
    return out;
  }

  private async render(card: OgCard, page: string): Promise<Buffer> {
    const fonts = this.getFonts();
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
        return new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
      }
      cap = title.size;
    }
  }
}
