import { gzipSync } from 'node:zlib';

/**
 * Page weight: gzip bytes of a page's HTML plus the CSS and JavaScript it loads up front
 * (static imports followed; dynamic imports such as Pagefind load only when a reader
 * searches). Images are not counted. Every script must belong to a feature listed in
 * FEATURE_SCRIPTS, so no page gains JavaScript that its features do not need.
 */
export const BUDGET = { home: 60_000, other: 45_000 };

/** Script file name prefixes and the feature that needs JavaScript for them. */
export const FEATURE_SCRIPTS: Record<string, string> = {
  'reading-prefs': 'text size and contrast applied before first paint (every page)',
  ReadingControls: 'text size and contrast buttons (every page)',
  BaseLayout: 'service worker registration for offline reading (every page)',
  offline: 'service worker registration for offline reading (every page)',
  CopyLink: 'copying a measure link (policy)',
  ReadAloud: 'read aloud with speech synthesis (policy, measure, site)',
  Cite: 'copying a citation (content pages)',
  SaveOffline: 'saving a route for offline use (route pages)',
  Search: 'search (search page)',
};

export interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
  total: number;
  scripts: string[];
  unknownScripts: string[];
  overBudget: boolean;
}

export const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Local URLs of stylesheets and classic/module scripts referenced by a page. */
export function assetsOf(html: string): { css: string[]; js: string[] } {
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="(\/[^"]+)"/g)].map((m) => m[1]!);
  const js = [...html.matchAll(/<script[^>]+src="(\/[^"]+)"/g)].map((m) => m[1]!);
  return { css, js };
}

/** Static imports of an ES module (`import … from "./x.js"`, `import "./x.js"`), not dynamic ones. */
export function staticImports(js: string): string[] {
  return [...js.matchAll(/(?:^|[;\s}])import\s*(?:[^"'()]*?from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
}

export function featureOf(url: string): string | undefined {
  const name = url.split('/').pop() ?? '';
  return Object.keys(FEATURE_SCRIPTS).find((prefix) => name.startsWith(prefix));
}

export function weigh(page: string, html: string, read: (url: string) => string | undefined): PageWeight {
  const { css, js } = assetsOf(html);
  const seen = new Set<string>();
  const queue = [...js];
  let jsBytes = 0;
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const text = read(url);
    if (text === undefined) continue;
    jsBytes += gz(text);
    for (const imp of staticImports(text)) queue.push(new URL(imp, `http://x${url}`).pathname);
  }
  const cssBytes = css.reduce((n, url) => n + gz(read(url) ?? ''), 0);
  const total = gz(html) + cssBytes + jsBytes;
  const budget = page === '/' || page === '/en/' ? BUDGET.home : BUDGET.other;
  return {
    page,
    html: gz(html),
    css: cssBytes,
    js: jsBytes,
    total,
    scripts: [...seen],
    unknownScripts: [...seen].filter((u) => !featureOf(u)),
    overBudget: total > budget,
  };
}
