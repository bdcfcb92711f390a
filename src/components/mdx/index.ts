/**
 * The components editors may use in MDX files. They are passed to every entry's
 * <Content components={mdxComponents} />, so content files use them without importing.
 */
import Pinyin from './Pinyin.astro';

export const mdxComponents = { Pinyin };
