/**
 * A tiny reader for the character map (`cmap` table) of a TrueType/OpenType font: which
 * Unicode code points the font has a glyph for. Used by tests and the OG image renderer
 * to name a missing character before Satori would draw it as a box. Reads cmap formats 12
 * (full Unicode) and 4 (BMP), which every modern TTF has; written by hand because no
 * direct dependency of the project parses fonts (satori's opentype.js is internal to it).
 */
export type CodeRanges = Array<[start: number, end: number]>;

export function readCmap(font: Uint8Array): CodeRanges {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tag = (at: number) => String.fromCharCode(...font.subarray(at, at + 4));
  const numTables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < numTables; i++) if (tag(12 + i * 16) === 'cmap') cmap = view.getUint32(12 + i * 16 + 8);
  if (cmap < 0) throw new Error('font has no cmap table');
  const subtables = new Map<number, number>(); // format -> offset
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const rec = cmap + 4 + i * 8;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    const offset = cmap + view.getUint32(rec + 4);
    if (unicode) subtables.set(view.getUint16(offset), offset);
  }
  const f12 = subtables.get(12);
  if (f12 !== undefined) return readFormat12(view, f12);
  const f4 = subtables.get(4);
  if (f4 !== undefined) return readFormat4(view, f4);
  throw new Error('font has no Unicode cmap of format 4 or 12');
}

function readFormat12(view: DataView, at: number): CodeRanges {
  const ranges: CodeRanges = [];
  const groups = view.getUint32(at + 12);
  for (let i = 0; i < groups; i++) {
    const g = at + 16 + i * 12;
    ranges.push([view.getUint32(g), view.getUint32(g + 4)]);
  }
  return ranges;
}

function readFormat4(view: DataView, at: number): CodeRanges {
  const segs = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  const rangeOffsets = deltas + segs * 2;
  const ranges: CodeRanges = [];
  for (let s = 0; s < segs; s++) {
    const start = view.getUint16(starts + s * 2);
    const end = view.getUint16(ends + s * 2);
    const delta = view.getUint16(deltas + s * 2);
    const ro = view.getUint16(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (ro === 0) glyph = (c + delta) & 0xffff;
      else {
        const g = view.getUint16(rangeOffsets + s * 2 + ro + (c - start) * 2);
        glyph = g === 0 ? 0 : (g + delta) & 0xffff;
      }
      if (glyph !== 0) ranges.push([c, c]);
    }
  }
  return ranges;
}

/** Characters of `text` that none of the fonts covers (whitespace is ignored), each once. */
export function missingCharacters(text: string, fonts: CodeRanges[]): string[] {
  const missing = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (/\s/.test(ch)) continue;
    if (!fonts.some((ranges) => covers(ranges, cp))) missing.add(ch);
  }
  return [...missing];
}

function covers(ranges: CodeRanges, cp: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = ranges[mid]!;
    if (cp < start) hi = mid - 1;
    else if (cp > end) lo = mid + 1;
    else return true;
  }
  return false;
}
