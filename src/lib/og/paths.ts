/**
 * Where a page's Open Graph image lives: `/og/<path>.png`, with the page's URL path
 * stripped of its slashes (`/en/policy/measures/12/` -> `/og/en/policy/measures/12.png`).
 * The Chinese home page `/` has no path segment and gets `/og/index.png`.
 */
export function ogImageParam(pagePath: string): string {
  const parts = pagePath.split('/').filter(Boolean);
  return parts.length === 0 ? 'index' : parts.join('/');
}

export function ogImagePath(pagePath: string): string {
  return `/og/${ogImageParam(pagePath)}.png`;
}

/** Size of every Open Graph image, in pixels. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
