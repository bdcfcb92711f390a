/**
 * The path the site is served under: `/` at a domain root, or e.g. `/laoqu/` for a project
 * site on GitHub Pages (BASE_PATH=/laoqu/, Astro's `base`). Pages, the route table and the
 * link checks work with site paths (`/sites/x/`); the base is added where a URL leaves the
 * build: absolute URLs (absoluteUrl), the HTML's root-relative links (src/middleware.ts),
 * the manifest, the service worker and the browser scripts (import.meta.env.BASE_URL).
 */
export function normalizeBase(value: string | undefined): string {
  const parts = (value ?? '').split('/').filter(Boolean);
  return parts.length ? `/${parts.join('/')}/` : '/';
}

export const BASE = normalizeBase(process.env.BASE_PATH);

/** A site path under the base: withBase('/sites/x/') → /laoqu/sites/x/. Paths already under it stay. */
export function withBase(path: string, base = BASE): string {
  if (base === '/' || !path.startsWith('/') || path.startsWith('//')) return path;
  if (path === base.slice(0, -1) || path.startsWith(base)) return path;
  return base + path.slice(1);
}

/** The site path of a URL path under the base: stripBase('/laoqu/sites/x/') → /sites/x/. */
export function stripBase(path: string, base = BASE): string {
  return base !== '/' && path.startsWith(base) ? `/${path.slice(base.length)}` : path;
}

/**
 * Every root-relative URL in an HTML attribute (href, src, action) put under the base; URLs
 * Astro already wrote under it (its assets) are left alone.
 */
export function rebaseHtml(html: string, base = BASE): string {
  if (base === '/') return html;
  return html.replace(
    /(\s(?:href|src|action))="(\/(?!\/)[^"]*)"/g,
    (_, attr: string, url: string) => `${attr}="${withBase(url, base)}"`,
  );
}
