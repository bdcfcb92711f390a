import type { Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import type { OgCard, OgTemplate } from './template.ts';

/**
 * Pure helpers for the text of an Open Graph card. The card keeps the page's own wording;
 * `drawable` adapts English text to the CJK font only when it is drawn.
 */

/** Between the parts of a subtitle: a full-width dot in Chinese, a dash in English. */
export function joinParts(locale: Locale, parts: Array<string | undefined>): string {
  return parts.filter((p): p is string => !!p).join(locale === 'en' ? ' — ' : '·');
}

export function makeCard(
  locale: Locale,
  template: OgTemplate,
  title: string,
  subtitleParts: Array<string | undefined>,
): OgCard {
  return {
    template,
    locale,
    title,
    subtitle: joinParts(locale, subtitleParts),
    siteName: t(locale, 'site.name'),
    footer: t(locale, 'og.footer'),
  };
}

/**
 * Noto Sans SC draws curly quotes and apostrophes full-width (they are CJK punctuation in
 * Chinese), which leaves a gap in “People’s”; English cards draw straight ones instead.
 */
export function drawable(text: string, locale: Locale): string {
  return locale === 'en' ? text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"') : text;
}

/** The image's alt text: everything it shows. */
export function ogAlt(card: OgCard): string {
  return t(card.locale, 'og.alt', { title: card.title, subtitle: card.subtitle, site: card.siteName });
}
