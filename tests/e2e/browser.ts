/**
 * The system Chromium (playwright-core cannot download browsers here) with the agreed
 * flags, the two viewports the suite checks, and fresh contexts with fixed settings.
 * Chromium resolves every host but 127.0.0.1 to NOTFOUND (--host-resolver-rules).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROME_PATH}: run scripts/install-browser.sh or set CHROME_PATH`,
    );
  }
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** A phone: 360×740 CSS px, touch, 2× pixels. */
export const MOBILE = {
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
} as const;

/** A laptop: 1280×800. */
export const DESKTOP = { viewport: { width: 1280, height: 800 } } as const;

export type ContextOptions = Parameters<Browser['newContext']>[0];

/** A fresh context with fixed, reproducible settings (locale, time zone, light scheme). */
export function newContext(browser: Browser, options: ContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    colorScheme: 'light',
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
    ...options,
  });
}

/** Let a loaded page settle: fonts loaded and two animation frames painted. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}
