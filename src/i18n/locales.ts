/**
 * Locales of the site. The URL locale (`zh-cn`, `en`) names content folders and URL
 * prefixes; the BCP-47 tag goes into `<html lang>`, `hreflang` and Pagefind.
 * Chinese is the default locale and lives at the root; English lives under `/en/`.
 * These values mirror the `i18n` block of astro.config.mjs (a unit test keeps them equal);
 * they are plain data here so pure functions in src/lib can use them without Astro.
 */
export const locales = ['zh-cn', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-cn';

/** BCP-47 language tag for `<html lang>` and `hreflang`. */
export const langOf: Record<Locale, string> = { 'zh-cn': 'zh-CN', en: 'en' };

/** Open Graph locale (`og:locale`). */
export const ogLocaleOf: Record<Locale, string> = { 'zh-cn': 'zh_CN', en: 'en_US' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The other locale: the target of the language switch. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'zh-cn' ? 'en' : 'zh-cn';
}
