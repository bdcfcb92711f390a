import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readCmap, type CodeRanges } from './cmap.ts';
import { FONT_FAMILY } from './template.ts';

/**
 * The fonts of the Open Graph images: Noto Sans SC 400 and 700 as plain TTFs (Satori
 * cannot read the TTC collections of Debian's fonts-noto-cjk). Loaded once per build and
 * shared by every image; their hash is part of each image's cache key.
 */
const FILES = [
  { weight: 400 as const, file: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf' },
  { weight: 700 as const, file: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf' },
];

export interface OgFonts {
  /** Satori's font list; always pass this same array so Satori parses the fonts once. */
  satori: Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }>;
  /** Which characters each font covers, for naming a missing character. */
  coverage: CodeRanges[];
  /** sha256 over the font files. */
  hash: string;
}

const loaded = new Map<string, OgFonts>();

/** The fonts, resolved from the project's node_modules (`root` defaults to the working directory). */
export function loadFonts(root = process.cwd()): OgFonts {
  const cached = loaded.get(root);
  if (cached) return cached;
  const require = createRequire(join(root, 'package.json'));
  const hash = createHash('sha256');
  const satori = FILES.map(({ weight, file }) => {
    const data = readFileSync(require.resolve(file));
    hash.update(data);
    return { name: FONT_FAMILY, data, weight, style: 'normal' as const };
  });
  const fonts = { satori, coverage: satori.map((f) => readCmap(f.data)), hash: hash.digest('hex') };
  loaded.set(root, fonts);
  return fonts;
}
