/*
 * Reading preferences (text size, contrast), applied before the first paint.
 * Loaded as a tiny blocking external script in <head> (never inline, so a strict
 * Content-Security-Policy can forbid inline scripts). It only sets attributes on <html>;
 * src/styles/reading.css does the rest. The controls themselves are wired up later by
 * src/scripts/reading-controls.ts. Keep the storage key and values in sync with it.
 */
(function () {
  var root = document.documentElement;
  root.setAttribute('data-js', '');
  try {
    var prefs = JSON.parse(localStorage.getItem('zz-reading') || '{}');
    if (prefs.size === 'large' || prefs.size === 'xlarge') root.setAttribute('data-text-size', prefs.size);
    if (prefs.contrast === 'high') root.setAttribute('data-contrast', 'high');
  } catch (e) {
    /* storage blocked or corrupt: keep the defaults */
  }
})();
