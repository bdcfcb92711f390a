/**
 * The header's reading controls: text size (标准 / 大 / 特大) and high contrast. The
 * choice is stored in localStorage and applied to <html> as data-text-size and
 * data-contrast; src/client/reading-prefs.js re-applies it before the first paint of every
 * page. The buttons are hidden without JavaScript (see reading.css), so they never show
 * without working.
 */
export type TextSize = 'normal' | 'large' | 'xlarge';
export interface ReadingPrefs {
  size: TextSize;
  contrast: 'normal' | 'high';
}

const KEY = 'zz-reading';
const SIZES: TextSize[] = ['normal', 'large', 'xlarge'];

export function readPrefs(root = document.documentElement): ReadingPrefs {
  const size = root.getAttribute('data-text-size');
  return {
    size: SIZES.includes(size as TextSize) ? (size as TextSize) : 'normal',
    contrast: root.getAttribute('data-contrast') === 'high' ? 'high' : 'normal',
  };
}

export function applyPrefs(prefs: ReadingPrefs, root = document.documentElement): void {
  if (prefs.size === 'normal') root.removeAttribute('data-text-size');
  else root.setAttribute('data-text-size', prefs.size);
  if (prefs.contrast === 'high') root.setAttribute('data-contrast', 'high');
  else root.removeAttribute('data-contrast');
  try {
    localStorage.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // Storage blocked (private mode): the choice still holds for this page.
  }
}

function syncButtons(box: HTMLElement, prefs: ReadingPrefs): void {
  for (const b of box.querySelectorAll<HTMLButtonElement>('[data-size]')) {
    b.setAttribute('aria-pressed', String(b.dataset.size === prefs.size));
  }
  box
    .querySelector('[data-contrast-toggle]')
    ?.setAttribute('aria-pressed', String(prefs.contrast === 'high'));
}

export function startReadingControls(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-reading-controls]')) {
    syncButtons(box, readPrefs());
    box.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button');
      if (!button) return;
      const prefs = readPrefs();
      if (button.dataset.size) prefs.size = button.dataset.size as TextSize;
      else if (button.hasAttribute('data-contrast-toggle'))
        prefs.contrast = prefs.contrast === 'high' ? 'normal' : 'high';
      else return;
      applyPrefs(prefs);
      syncButtons(box, prefs);
    });
  }
}
