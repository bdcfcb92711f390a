import { t } from '../../i18n/t.ts';
import { withBase } from '../routing/base.ts';

/**
 * The web app manifest. A manifest has one `name`, not one per language, so it carries
 * the Chinese names (the site's default language, `lang: zh-CN`) and gives the English
 * name in the description. Icons: the SVG favicon plus 192 and 512 px PNGs rendered from
 * it at build time (src/pages/icon-[size].png.ts).
 */
export const THEME_COLOR = '#a3151b';
export const BACKGROUND_COLOR = '#ffffff';
export const ICON_SIZES = [192, 512] as const;

export function buildManifest() {
  return {
    name: t('zh-cn', 'site.name'),
    short_name: t('zh-cn', 'site.shortName'),
    description:
      t('zh-cn', 'site.description') + t('zh-cn', 'manifest.english', { name: t('en', 'site.name') }),
    lang: 'zh-CN',
    dir: 'ltr',
    start_url: withBase('/'),
    scope: withBase('/'),
    display: 'minimal-ui',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: [
      { src: withBase('/favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ...ICON_SIZES.map((size) => ({
        src: withBase(`/icon-${size}.png`),
        sizes: `${size}x${size}`,
        type: 'image/png',
        purpose: 'any',
      })),
    ],
  };
}
