/**
 * Registers the service worker (/sw.js) after the page has loaded and the browser is idle,
 * never during the first paint. On the first visit the page being read was loaded before
 * the worker existed, so it is then asked to keep this page too. While the device is
 * offline a note says the page shown is a saved copy. Built sites only, not `astro dev`.
 */
export function whenIdle(run: () => void): void {
  const idle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 5000 }) : setTimeout(run, 1000);
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

/** Ask the worker to keep these URLs; resolves with how many it kept. */
export async function saveForOffline(
  urls: string[],
  timeoutMs = 60_000,
): Promise<{ saved: number; total: number }> {
  const registration = await navigator.serviceWorker.ready;
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
    channel.port1.onmessage = (event) => {
      clearTimeout(timer);
      resolve(event.data);
    };
    registration.active!.postMessage({ type: 'save', urls }, [channel.port2]);
  });
}

/** The note is shown by CSS while <html data-network-off> (first set by src/client/reading-prefs.js). */
function showOfflineNote(): void {
  const update = () => document.documentElement.toggleAttribute('data-network-off', !navigator.onLine);
  update();
  addEventListener('online', update);
  addEventListener('offline', update);
}

export function startOffline(): void {
  showOfflineNote();
  // Not under `astro dev` (cached pages would hide edits). MODE, not PROD: PROD follows
  // NODE_ENV, which is 'test' when Vitest's global setup runs the build.
  if (import.meta.env.MODE === 'development' || !('serviceWorker' in navigator)) return;
  whenIdle(() => {
    const firstVisit = !navigator.serviceWorker.controller;
    navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
      .then(() => (firstVisit ? saveForOffline([location.pathname]) : undefined))
      .catch(() => {
        // Blocked (private mode, a policy, a test harness): the site works without it.
      });
  });
}
