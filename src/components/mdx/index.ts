/**
 * The components editors may use in MDX files. They are passed to every entry's
 * <Content components={mdxComponents} />, so content files use them without importing.
 * src/lib/content/mdx/components.ts lists their attributes for the MDX safety rules and the editor guide.
 */
import Figure from './Figure.astro';
import Pinyin from './Pinyin.astro';
import Ref from './Ref.astro';
import ReportChannel from './ReportChannel.astro';

export const mdxComponents = { Figure, Pinyin, Ref, ReportChannel };
