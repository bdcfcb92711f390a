/**
 * The route page's save button (SaveOffline.astro): sends the route's pages to the service
 * worker (registering it first if the reader is quick) and reports the result. Messages
 * come from the element's data-* attributes ({saved}/{total} are filled in).
 */
import { saveForOffline } from './offline.ts';

export function startSaveOffline(): void {
  const box = document.querySelector<HTMLElement>('[data-save-offline]');
  if (!box || !('serviceWorker' in navigator) || !('caches' in window)) return;
  const button = box.querySelector('button')!;
  const status = box.querySelector<HTMLElement>('[role=status]')!;
  const urls: string[] = JSON.parse(box.dataset.urls ?? '[]');
  const say = (key: 'saving' | 'done' | 'partial' | 'failed', n?: { saved: number; total: number }) =>
    (status.textContent = (box.dataset[key] ?? '')
      .replace('{saved}', String(n?.saved ?? ''))
      .replace('{total}', String(n?.total ?? '')));
  button.addEventListener('click', async () => {
    button.disabled = true;
    say('saving');
    try {
      if (!navigator.serviceWorker.controller)
        await navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, {
          scope: import.meta.env.BASE_URL,
        });
      const result = await saveForOffline(urls);
      say(result.saved === result.total ? 'done' : 'partial', result);
    } catch {
      say('failed');
    } finally {
      button.disabled = false;
    }
  });
}
