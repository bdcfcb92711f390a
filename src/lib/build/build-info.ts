import { dayInChina } from '../../i18n/dates.ts';

/**
 * Facts about the current build, shared by every page and endpoint of one build (they all
 * run in the same Node process, so the first caller fixes the value in process.env).
 *
 * - buildDate(): the build's calendar day in China (Asia/Shanghai), YYYY-MM-DD. It is the
 *   access date (引用日期) of every citation. BUILD_DATE=YYYY-MM-DD overrides it (tests).
 * - buildId(): names this deployment: the service worker's cache names and Pagefind's
 *   metaCacheTag. BUILD_ID overrides it; otherwise it is made from the time of the build.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): string {
  if (env.BUILD_DATE) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(env.BUILD_DATE))
      throw new Error(`BUILD_DATE must be YYYY-MM-DD, got ${env.BUILD_DATE}`);
    return env.BUILD_DATE;
  }
  return (env.BUILD_DATE = dayInChina(new Date()));
}

export function buildId(env: Record<string, string | undefined> = process.env): string {
  if (env.BUILD_ID && !/^[\w.-]{1,64}$/.test(env.BUILD_ID))
    throw new Error(`BUILD_ID may only use letters, digits, . _ and -`);
  return (env.BUILD_ID ??= Date.now().toString(36));
}
