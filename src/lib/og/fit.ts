/**
 * Pick a font size at which a text fits a box, by estimating how it wraps. Widths are in
 * em of Noto Sans SC Bold: CJK and full-width marks are 1 em; Latin letters are about
 * 0.6 em, so the estimate is on the wide side. The renderer checks the real height Satori
 * lays out and steps down a size if the estimate was wrong, so nothing is ever cut off.
 */

/** Approximate advance of one character, in em. */
export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp >= 0x2e80 || (cp >= 0x2010 && cp <= 0x2027 && cp !== 0x2019 && cp !== 0x2018)) return 1;
  if (ch === ' ') return 0.26;
  if (/[il.,:;'’‘!|·()[\]]/.test(ch)) return 0.32;
  if (/[A-Z]/.test(ch)) return 0.72;
  if (/[mwMW]/.test(ch)) return 0.9;
  return 0.6;
}

/**
 * Break `text` into pieces that may not be split: a Latin word with the space after it,
 * or a single CJK character (Chinese breaks between any two characters).
 */
function pieces(text: string): string[] {
  return text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*|\s+/gu) ?? [];
}

/** Lines `text` takes at `size` px in a box `width` px wide, wrapping greedily. */
export function estimateLines(text: string, size: number, width: number): number {
  const max = width / size;
  let lines = 1;
  let used = 0;
  for (const piece of pieces(text)) {
    const w = [...piece].reduce((sum, ch) => sum + charWidth(ch), 0);
    const visible = [...piece.trimEnd()].reduce((sum, ch) => sum + charWidth(ch), 0);
    if (used > 0 && used + visible > max) {
      lines++;
      used = w;
    } else used += w;
  }
  return lines;
}

export interface Fit {
  size: number;
  lines: number;
  /** Height of the text block in px: lines × size × lineHeight. */
  height: number;
}

/**
 * The largest of `sizes` (descending) at which `text` fits `width` × `maxHeight`, or the
 * smallest size when none does.
 */
export function fitText(
  text: string,
  opts: { sizes: number[]; width: number; maxHeight: number; lineHeight: number; maxLines?: number },
): Fit {
  let fit: Fit | undefined;
  for (const size of opts.sizes) {
    const lines = estimateLines(text, size, opts.width);
    fit = { size, lines, height: Math.ceil(lines * size * opts.lineHeight) };
    if (fit.height <= opts.maxHeight && lines <= (opts.maxLines ?? Infinity)) return fit;
  }
  return fit!;
}
