import type { APIRoute } from 'astro';
import source from '../client/service-worker.js?raw';
import { t } from '../i18n/t.ts';
import { ADMIN_PATH } from '../lib/build/admin.ts';
import { buildId } from '../lib/build/build-info.ts';
import { BASE, withBase } from '../lib/routing/base.ts';

/**
 * /sw.js: the service worker (src/client/service-worker.js) with this build's id, the
 * files kept on install (the two home pages and the small static files), the texts of
 * the offline page and the paths it leaves alone (/admin/). Must be served without long HTTP caching (browsers re-check it on
 * every visit anyway, at most every 24 hours).
 */
const offline = (locale: 'zh-cn' | 'en') => ({
  lang: locale === 'en' ? 'en' : 'zh-CN',
  title: t(locale, 'offline.title'),
  body: t(locale, 'offline.body'),
  saved: t(locale, 'offline.saved'),
});

export const GET: APIRoute = () => {
  const config = {
    base: BASE,
    shell: ['/', '/en/', '/reading-prefs.js', '/favicon.svg', '/icon-192.png', '/manifest.webmanifest'].map(
      (p) => withBase(p),
    ),
    offline: { 'zh-cn': offline('zh-cn'), en: offline('en') },
    // Left to the network, never cached: the CMS (it must always be the deployed version).
    bypass: [withBase(ADMIN_PATH)],
  };
  const body = source
    .replace('__BUILD_ID__', buildId())
    .replace("'__CONFIG__'", () => JSON.stringify(JSON.stringify(config)));
  return new Response(body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
