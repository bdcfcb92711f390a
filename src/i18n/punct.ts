import type { Locale } from './locales.ts';

/**
 * Punctuation that differs between the languages: Chinese uses full-width marks with no
 * spaces (：、，（）), English the ASCII forms with spaces.
 */
export function punct(locale: Locale) {
  const en = locale === 'en';
  return {
    colon: en ? ': ' : '：',
    /** Between items of a list in running text. */
    sep: en ? ', ' : '，',
    /** Between short items of a plain list (1946、1947 / 1946, 1947). */
    list: en ? ', ' : '、',
    /** Between names in an enumeration (市财政局、市交通局). */
    enum: en ? '; ' : '、',
    paren: (text: string) => (en ? ` (${text})` : `（${text}）`),
    /** Between a label and a title: 第12条 加强…, Measure 12: Strengthen …. */
    titleJoin: en ? ': ' : ' ',
  };
}
