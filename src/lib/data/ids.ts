import { isLocale, type Locale } from '../../i18n/locales.ts';

/** Split a content entry id ('zh-cn/12', 'en/erqi-memorial-tower') into locale and slug. */
export function splitEntryId(id: string, file = id): { locale: Locale; slug: string } {
  const [locale, slug, ...rest] = id.split('/');
  if (!isLocale(locale) || !slug || rest.length > 0) {
    throw new Error(
      `${file}: content files live in <collection>/zh-cn/<slug>.mdx or <collection>/en/<slug>.mdx`,
    );
  }
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
    throw new Error(
      `${file}: the file name "${slug}" must be ASCII kebab-case, e.g. erqi-memorial-tower.mdx`,
    );
  }
  return { locale, slug };
}
