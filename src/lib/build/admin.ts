/**
 * Where the CMS lives: /admin/, a static page of its own that scripts/build-admin.ts writes
 * after the site is built. It is not a reader page: no sitemap entry, no search index, no
 * service-worker caching, not in the page checks, its own Content-Security-Policy.
 */
export const ADMIN_PATH = '/admin/';

/** True for /admin/ and every file under it (URL paths, or paths relative to dist/ with a leading /). */
export function isAdminPath(path: string): boolean {
  return path === ADMIN_PATH.slice(0, -1) || path.startsWith(ADMIN_PATH);
}
