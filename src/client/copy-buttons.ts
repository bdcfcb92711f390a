/**
 * Copy buttons for citations: each `[data-copy-target]` button copies the text of the
 * element with that id (and its HTML, so italics survive a paste into a word processor,
 * where ClipboardItem exists). Buttons are shown by CSS only when the
 * clipboard API is there (<html data-clipboard>, set by src/client/reading-prefs.js); the text stays selectable either way. A live region reports
 * success or failure (texts from the button's data-copied / data-failed, from the dictionaries).
 */
export function startCopyButtons(): void {
  if (!navigator.clipboard?.writeText) return;
  const status = document.createElement('p');
  status.className = 'sr-only';
  status.setAttribute('role', 'status');
  document.body.append(status);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-target]')) {
    const target = document.getElementById(button.dataset.copyTarget ?? '');
    if (!target) continue;
    const label = button.textContent ?? '';
    button.addEventListener('click', async () => {
      const text = target.textContent?.trim() ?? '';
      try {
        if (typeof ClipboardItem === 'function' && navigator.clipboard.write) {
          const html = new Blob([target.innerHTML], { type: 'text/html' });
          await navigator.clipboard.write([
            new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': html }),
          ]);
        } else {
          await navigator.clipboard.writeText(text);
        }
        button.textContent = button.dataset.copied ?? label;
        status.textContent = button.textContent;
      } catch {
        status.textContent = button.dataset.failed ?? '';
      }
      setTimeout(() => (button.textContent = label), 3000);
    });
  }
}
