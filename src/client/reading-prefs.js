/*
 * Reading preferences (text size, contrast), applied before the first paint.
 * Loaded as a tiny blocking external script in <head> (never inline, so a strict
 * Content-Security-Policy can forbid inline scripts). It only sets attributes on <html>;
 * src/styles/reading.css does the rest. It also marks what the browser can do
 * (data-speech, data-clipboard, data-service-worker) and whether it is offline
 * (data-network-off), so the buttons that need those features and the offline note are
 * shown from the first paint instead of appearing later and pushing the text down. The
 * controls themselves are wired up later by
 * src/scripts/reading-controls.ts. Keep the storage key and values in sync with it.
 */
(function () {
  var root = document.documentElement;
  root.setAttribute('data-js', '');
  if ('speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function')
    root.setAttribute('data-speech', '');
  if (navigator.clipboard && navigator.clipboard.writeText) root.setAttribute('data-clipboard', '');
  if ('serviceWorker' in navigator && 'caches' in window) root.setAttribute('data-service-worker', '');
  if (navigator.onLine === false) root.setAttribute('data-network-off', '');
  try {
    var prefs = JSON.parse(localStorage.getItem('zz-reading') || '{}');
    if (prefs.size === 'large' || prefs.size === 'xlarge') root.setAttribute('data-text-size', prefs.size);
    if (prefs.contrast === 'high') root.setAttribute('data-contrast', 'high');
  } catch {
    /* storage blocked or corrupt: keep the defaults */
  }
})();
