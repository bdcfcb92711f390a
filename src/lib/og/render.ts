import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { drawCard } from './draw.ts';
import { loadFonts, type OgFonts } from './fonts.ts';
import { TEMPLATE_VERSION, type OgCard } from './template.ts';

/**
 * Renders Open Graph cards to PNG through Satori (layout, text to paths) and resvg
 * (rasterising), with a disk cache: each PNG is stored under a hash of everything that
 * decides its pixels (template version, the card's text and locale, the font files), so
 * a rebuild with unchanged content renders nothing. Counts and times what it does. Images
 * are drawn a few at a time (see draw.ts), so Satori and resvg keep every core busy.
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
  /** Images being drawn now, by cache file name. */
  private readonly drawing = new Map<string, Promise<Buffer>>();
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
  async image(job: OgJob): Promise<Buffer> {
    const { file, png } = await this.ensure(job);
    return png ?? readFileSync(file);
  }

  /**
   * Make sure the cache holds the card's PNG (rendering it if not) and return the cache
   * file; `png` is set when it was rendered just now.
   */
  private async ensure({ card, page }: OgJob): Promise<{ file: string; png?: Buffer }> {
    const name = `${this.cacheKey(card)}.png`;
    const file = join(this.opts.cacheDir, name);
    this.used.add(name);
    const drawing = this.drawing.get(name);
    if (drawing || existsSync(file)) {
      // A card identical to one being drawn right now counts as cached, as it would one by one.
      if (drawing) await drawing;
      this.fromCache++;
      return { file };
    }
    const done = drawCard(card, page, this.getFonts());
    this.drawing.set(name, done);
    try {
      const png = await done;
      mkdirSync(this.opts.cacheDir, { recursive: true });
      writeFileSync(`${file}.tmp`, png);
      renameSync(`${file}.tmp`, file);
      this.rendered++;
      // Let resvg free its buffers between images (otherwise memory grows ~3 MB per image).
      await new Promise((resolve) => setImmediate(resolve));
      return { file, png };
    } finally {
      this.drawing.delete(name);
    }
  }

  /** Every image of a build, as PNGs by page (see cacheAll). */
  async renderAll(jobs: OgJob[]): Promise<Map<string, Buffer>> {
    const files = await this.cacheAll(jobs);
    return new Map([...files].map(([page, file]) => [page, readFileSync(file)]));
  }

  /**
   * Every image of a build, a few at a time, with progress lines and a summary; returns
   * the cache file of each page's image. Only file names are kept, so memory does not grow
   * with the number of images (the PNGs are read again when they are written to dist/).
   */
  async cacheAll(jobs: OgJob[]): Promise<Map<string, string>> {
    const log = this.opts.log ?? console.log;
    const started = performance.now();
    const files: string[] = [];
    const step = Math.max(10, Math.ceil(jobs.length / 8));
    let next = 0;
    let done = 0;
    const worker = async () => {
      for (let i = next++; i < jobs.length; i = next++) {
        try {
          files[i] = (await this.ensure(jobs[i]!)).file;
        } catch (error) {
          next = jobs.length; // the others stop after their current image
          throw error;
        }
        if (++done % step === 0 && done < jobs.length)
          log(`og: ${done}/${jobs.length} (${this.rendered} rendered, ${this.fromCache} from cache)`);
      }
    };
    // One more image in flight than there are cores: Satori works on one while resvg rasterises others.
    await Promise.all(Array.from({ length: availableParallelism() + 1 }, worker));
    const out = new Map(jobs.map((job, i) => [job.page, files[i]!]));
    const seconds = (performance.now() - started) / 1000;
    log(
      `og: ${jobs.length} images, ${this.rendered} rendered, ${this.fromCache} from cache, ${seconds.toFixed(1)} s`,
    );
    if (this.opts.prune && existsSync(this.opts.cacheDir)) {
      for (const f of readdirSync(this.opts.cacheDir))
        if (!this.used.has(f)) rmSync(join(this.opts.cacheDir, f), { force: true });
    }
    return out;
  }
}
