import { defaultLocale, langOf, ogLocaleOf, otherLocale, type Locale } from '../../i18n/locales.ts';
import type { MetaTag } from '../citation/meta-tags.ts';
import { OG_HEIGHT, OG_WIDTH, ogImagePath } from '../og/paths.ts';
import { absoluteUrl } from '../routing/paths.ts';

/** Everything that goes into a page's <head>, computed in one place for every page. */
export interface HeadData {
  lang: string;
  title: string;
  description: string;
  canonical: string;
  /** hreflang links: one per existing translation plus x-default (the Chinese page). */
  alternates: Array<{ hreflang: string; href: string }>;
  og: {
    title: string;
    description: string;
    locale: string;
    localeAlternate?: string;
    url: string;
    siteName: string;
    type: string;
    image: OgImage;
  };
  /** twitter:card; the other Twitter tags fall back to the Open Graph ones. */
  twitterCard: 'summary_large_image';
  /** The Atom feed of the page's language, linked from every page. */
  feed?: { href: string; title: string };
  /** citation_* and Dublin Core tags of a citable page, for reference managers (src/lib/citation/meta-tags.ts). */
  citation?: MetaTag[];
}

/** The page's Open Graph image (generated at /og/<path>.png, see src/lib/og/). */
export interface OgImage {
  url: string;
  width: number;
  height: number;
  type: 'image/png';
  alt: string;
}

export interface HeadInput {
  locale: Locale;
  path: string;
  /** Canonical address when it is not `path` (an untranslated page points at its Chinese original). */
  canonicalPath?: string;
  /** The page's own title, without the site suffix. */
  title: string;
  description: string;
  /** The site's name, used as og:site_name (and in titles when no shorter suffix is given). */
  siteName: string;
  /** The shorter site name appended to titles (“… | Zhengzhou Base Areas”). */
  titleSuffix?: string;
  /** A shorter title for the browser tab and search results, when the page's own is long. */
  tabTitle?: string;
  /** Paths of this page in each locale where it exists. */
  alternatePaths: Partial<Record<Locale, string>>;
  site: string | URL;
  /** true for the home page, whose title is the site name alone. */
  isHome?: boolean;
  ogType?: string;
  /** What the Open Graph image shows (og:image:alt); defaults to the page title. */
  ogImageAlt?: string;
  /** The page whose Open Graph image to use, when not this one (404 pages show the home page's). */
  ogImagePage?: string;
  /** Path and title of the language's Atom feed. */
  feed?: { path: string; title: string };
  /** The citation meta tags of a citable page. */
  citation?: MetaTag[];
}

/** Longest <title> in characters: search results cut longer ones, and html-validate's long-title rule checks it. */
export const MAX_TITLE = 70;

/** Length as html-validate's long-title rule counts it: in the HTML source, where ' " & < > are written as entities. */
const titleLength = (text: string) => [...text.replace(/['"&<>]/g, '&#39;')].length;

/**
 * A page's <title>: “title | site” when that fits in MAX_TITLE characters, else the title
 * alone, else the title cut at a word (or, in Chinese, a character) with an ellipsis.
 */
export function fitTitle(title: string, suffix: string, max = MAX_TITLE): string {
  const full = suffix ? `${title} | ${suffix}` : title;
  if (titleLength(full) <= max) return full;
  if (titleLength(title) <= max) return title;
  const chars = [...title];
  let cut = chars.slice(0, max - 1).join('');
  while (titleLength(cut) > max - 1) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

export function buildHead(input: HeadInput): HeadData {
  const { locale, path, description, siteName, alternatePaths, site } = input;
  const title = input.isHome
    ? fitTitle(input.title, '')
    : fitTitle(input.tabTitle ?? input.title, input.titleSuffix ?? siteName);
  const alternates = Object.entries(alternatePaths).map(([l, p]) => ({
    hreflang: langOf[l as Locale],
    href: absoluteUrl(p!, site),
  }));
  const xDefault = alternatePaths[defaultLocale] ?? alternatePaths[locale];
  if (xDefault) alternates.push({ hreflang: 'x-default', href: absoluteUrl(xDefault, site) });
  const other = otherLocale(locale);
  return {
    lang: langOf[locale],
    title,
    description,
    canonical: absoluteUrl(input.canonicalPath ?? path, site),
    alternates,
    og: {
      title: input.title,
      description,
      locale: ogLocaleOf[locale],
      localeAlternate: alternatePaths[other] ? ogLocaleOf[other] : undefined,
      url: absoluteUrl(path, site),
      siteName,
      type: input.ogType ?? 'website',
      image: {
        url: absoluteUrl(ogImagePath(input.ogImagePage ?? path), site),
        width: OG_WIDTH,
        height: OG_HEIGHT,
        type: 'image/png',
        alt: input.ogImageAlt ?? input.title,
      },
    },
    twitterCard: 'summary_large_image',
    feed: input.feed && { href: absoluteUrl(input.feed.path, site), title: input.feed.title },
    citation: input.citation,
  };
}
