import { defaultLocale, isLocale, type Locale } from '../../i18n/locales.ts';
import { withBase } from './base.ts';

/**
 * URL helpers. A *neutral path* is the path of a page without its locale prefix, always
 * starting and ending with `/` (`/`, `/policy/measures/12/`). Chinese pages live at the
 * neutral path, English pages under `/en`. Astro's `astro:i18n` helpers do the same but
 * are a virtual module that plain unit tests and Node scripts cannot import, so this
 * small pure version is used everywhere instead (tests check it against the config).
 */

/** Normalise to a neutral path with leading and trailing slash (`policy` -> `/policy/`). */
export function normalizePath(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}

/** The URL of a neutral path in a locale: `localizePath('/policy/', 'en')` -> `/en/policy/`. */
export function localizePath(path: string, locale: Locale): string {
  const neutral = normalizePath(path);
  return locale === defaultLocale ? neutral : `/${locale}${neutral}`;
}

/** Split a site URL path into its locale and neutral path. */
export function splitLocale(urlPath: string): { locale: Locale; path: string } {
  const [first, ...rest] = urlPath.split('/').filter(Boolean);
  if (first && first !== defaultLocale && isLocale(first)) {
    return { locale: first, path: normalizePath(rest.join('/')) };
  }
  return { locale: defaultLocale, path: normalizePath(urlPath) };
}

/** Parent of a neutral path (`/policy/measures/3/` -> `/policy/measures/`); `/` has none. */
export function parentPath(path: string): string | undefined {
  const parts = normalizePath(path).split('/').filter(Boolean);
  if (parts.length === 0) return undefined;
  return normalizePath(parts.slice(0, -1).join('/'));
}

/** Absolute URL of a site path on the configured site (`site` from astro.config), under the base path. */
export function absoluteUrl(urlPath: string, site: string | URL): string {
  return new URL(withBase(urlPath), site).href;
}
